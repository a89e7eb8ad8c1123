package org.mutualportal.account.profile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.stream.Collectors;
import org.mutualportal.account.AccountModule;
import org.mutualportal.core.address.FrenchPostcodes;
import org.mutualportal.core.address.FrenchPostcodes.Commune;
import org.mutualportal.core.member.MemberContext;
import org.mutualportal.core.member.PostalAddress;
import org.mutualportal.core.web.Texts;

/** "Modifier mon adresse": a French postal address, postcode and commune checked against La Poste's list. */
@Named
@RequestScoped
public class AddressBacking {

    private static final int LINE = 38;

    @Inject
    MemberContext memberContext;

    @Inject
    FrenchPostcodes postcodes;

    @Inject
    Profile profile;

    private String line1;
    private String line2;
    private String postcode;
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

    public String save() {
        String code = postcode == null ? "" : postcode.strip();
        if (!postcodes.exists(code)) {
            Texts.error("address:postcode", Texts.of(AccountModule.BUNDLE, "address.postcode.invalid"));
            return null;
        }
        var commune = postcodes.find(code, city);
        if (commune.isEmpty()) {
            Texts.error("address:city", Texts.of(AccountModule.BUNDLE, "address.city.invalid", code,
                    postcodes.communes(code).stream().map(Commune::deliveryLabel).distinct().collect(Collectors.joining(", "))));
            return null;
        }
        if (line1.strip().length() > LINE || (line2 != null && line2.strip().length() > LINE)) {
            Texts.error(line1.strip().length() > LINE ? "address:line1" : "address:line2",
                    Texts.of(AccountModule.BUNDLE, "address.line.tooLong"));
            return null;
        }
        profile.changeAddress(new PostalAddress(line1.strip(), line2 == null || line2.isBlank() ? null : line2.strip(),
                code, commune.get().deliveryLabel(), "France"));
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
