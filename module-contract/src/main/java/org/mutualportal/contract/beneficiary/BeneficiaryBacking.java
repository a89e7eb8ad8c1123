package org.mutualportal.contract.beneficiary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import org.mutualportal.api.member.Beneficiary;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.text.Texts;
import org.mutualportal.api.validation.EmailAddress;
import org.mutualportal.api.validation.FrenchPhone;
import org.mutualportal.api.validation.Nir;
import org.mutualportal.api.validation.SocialSecurityNumber;
import org.mutualportal.api.web.NotFoundException;
import org.mutualportal.contract.ContractModule;

/**
 * A beneficiary's page ("Coordonnées et informations complémentaires") and its "Modifier" form. The id comes
 * from the URL and goes through the member's scope at once. View-scoped on the id and what the member types, so
 * that a form its checks refuse is shown again with its beneficiary; the beneficiary itself is not part of the
 * view's state, and the change finds it again in the member's scope.
 */
@Named
@ViewScoped
public class BeneficiaryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BeneficiaryDetails details;

    @Inject
    MemberContext memberContext;

    private Long id;
    private transient Beneficiary beneficiary;
    private transient Optional<BeneficiaryContact> contact;

    @EmailAddress(message = "{org.mutualportal.contract.beneficiary.email.invalid}")
    private String email;
    @FrenchPhone(message = "{org.mutualportal.contract.beneficiary.phone.invalid}")
    private String mobile;
    private SocialSecurityAttachment attachment;
    @Nir
    private String nir;
    @Nir
    private String otherNir;

    /** View action: 404 without an id, or for one that is not one of the membership's beneficiaries. */
    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        beneficiary = details.find(id);
        if (attachment == null) {
            attachment = currentAttachment();
        }
    }

    public String save() {
        SocialSecurityAttachment current = currentAttachment();
        BeneficiaryChange change = new BeneficiaryChange(blankToNull(email), blankToNull(mobile),
                attachment == current && attachment != SocialSecurityAttachment.OTHER_INSURED ? null : attachment,
                SocialSecurityNumber.normalize(nir), SocialSecurityNumber.normalize(otherNir));
        details.requestChange(id, change);
        Texts.flash(Texts.of(ContractModule.BUNDLE, "beneficiary.change.sent"));
        return "/contract/beneficiary.xhtml?faces-redirect=true&id=" + id;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The beneficiary as {@link #load()} found it, or found again in the member's scope once the view is restored. */
    public Beneficiary getBeneficiary() {
        if (beneficiary == null) {
            beneficiary = details.find(id);
        }
        return beneficiary;
    }

    public BeneficiaryContact getContact() {
        if (contact == null) {
            contact = details.contact(getBeneficiary().getId());
        }
        return contact.orElse(null);
    }

    private SocialSecurityAttachment currentAttachment() {
        return details.attachment(getBeneficiary());
    }

    public String getAttachmentText() {
        return switch (currentAttachment()) {
            case OWN -> Texts.of(ContractModule.BUNDLE, "beneficiary.attachment.own");
            case MEMBER -> Texts.of(ContractModule.BUNDLE, "beneficiary.attachment.member", memberContext.member().getFullName());
            case OTHER_INSURED -> Texts.of(ContractModule.BUNDLE, "beneficiary.attachment.other",
                    SocialSecurityNumber.mask(getBeneficiary().getAttachedToNir()));
        };
    }

    /** The member's address for a beneficiary without their own. */
    public String getAddress() {
        BeneficiaryContact own = getContact();
        if (own != null && own.getAddress() != null) {
            return own.getAddress();
        }
        var address = memberContext.member().getAddress();
        return address == null ? null : Texts.of(ContractModule.BUNDLE, "beneficiary.address.shared", address.getOneLine());
    }

    public String getPhone() {
        BeneficiaryContact own = getContact();
        return own == null || own.getMobilePhone() == null ? null : FrenchFormats.phone(own.getMobilePhone());
    }

    public SocialSecurityAttachment[] getAttachments() {
        return SocialSecurityAttachment.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public SocialSecurityAttachment getAttachment() {
        return attachment;
    }

    public void setAttachment(SocialSecurityAttachment attachment) {
        this.attachment = attachment;
    }

    public String getNir() {
        return nir;
    }

    public void setNir(String nir) {
        this.nir = nir;
    }

    public String getOtherNir() {
        return otherNir;
    }

    public void setOtherNir(String otherNir) {
        this.otherNir = otherNir;
    }
}
