package org.mutualportal.account.profile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.stream.Collectors;
import org.mutualportal.account.AccountModule;
import org.mutualportal.api.error.BusinessException;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.member.PostalAddress;
import org.mutualportal.api.text.Texts;
import org.mutualportal.api.validation.FrenchPostcode;
import org.mutualportal.api.validation.FrenchPostcodes;
import org.mutualportal.api.validation.FrenchPostcodes.Commune;

/** "Modifier mon adresse": a French postal address, postcode and commune checked against La Poste's list. */
@Named
@RequestScoped
public class AddressBacking {

    @Inject
    MemberContext memberContext;

    @Inject
    FrenchPostcodes postcodes;

    @Inject
    Profile profile;

    @NotBlank
    @Size(max = PostalAddress.LINE_LENGTH, message = "{org.mutualportal.account.address.line.tooLong}")
    private String line1;
    @Size(max = PostalAddress.LINE_LENGTH, message = "{org.mutualportal.account.address.line.tooLong}")
    private String line2;
    @NotBlank
    @FrenchPostcode
    private String postcode;
    @NotBlank
    private String city;

    /** View action: the form starts from the current address. */
    public void load() {
        PostalAddress current = memberContext.member().getAddress();
        if (current != null && line1 == null) {
            line1 = current.getLine1();
            line2 = current.getLine2();
            postcode = current.getPostcode();
            city = current.getCity();
        }
    }

    /**
     * Saves the address with La Poste's label of the commune; the commune must be one the postcode serves,
     * which needs both fields and so is checked here.
     */
    public String save() {
        String code = postcode.strip();
        Commune commune = postcodes.find(code, city).orElseThrow(() -> new BusinessException(AccountModule.BUNDLE,
                "address.city.invalid", code, postcodes.communes(code).stream().map(Commune::deliveryLabel).distinct()
                        .collect(Collectors.joining(", "))).on("city"));
        profile.changeAddress(new PostalAddress(line1.strip(), line2 == null || line2.isBlank() ? null : line2.strip(),
                code, commune.deliveryLabel(), "France"));
        Texts.flash(Texts.of(AccountModule.BUNDLE, "address.saved"));
        return "/account/index.xhtml?faces-redirect=true";
    }

    public String getLine1() {
        return line1;
    }

    public void setLine1(String line1) {
        this.line1 = line1;
    }

    public String getLine2() {
        return line2;
    }

    public void setLine2(String line2) {
        this.line2 = line2;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }
}
