package org.mutualportal.contract.beneficiary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.mutualportal.contract.ContractModule;
import org.mutualportal.contract.request.FieldProblem;
import org.mutualportal.core.member.Beneficiary;
import org.mutualportal.core.member.MemberContext;
import org.mutualportal.core.member.SocialSecurityNumber;
import org.mutualportal.core.web.FrenchFormats;
import org.mutualportal.core.web.RequestIds;
import org.mutualportal.core.web.Texts;

/**
 * A beneficiary's page ("Coordonnées et informations complémentaires") and its "Modifier" form. The id comes
 * from the URL and goes through the member's scope at once; on the form's postback it comes back as a
 * hidden view parameter and is checked again.
 */
@Named
@RequestScoped
public class BeneficiaryBacking {

    @Inject
    BeneficiaryDetails details;

    @Inject
    MemberContext memberContext;

    private String id;
    private Beneficiary beneficiary;
    private BeneficiaryContact contact;
    private SocialSecurityAttachment currentAttachment;

    private String email;
    private String mobile;
    private SocialSecurityAttachment attachment;
    private String nir;
    private String otherNir;

    /** View action: 404 for an id that is not one of the membership's beneficiaries. */
    public void load() {
        beneficiary = details.find(RequestIds.parse(id));
        contact = details.contact(beneficiary.getId()).orElse(null);
        currentAttachment = details.attachment(beneficiary);
        if (attachment == null) {
            attachment = currentAttachment;
        }
    }

    public String save() {
        load();
        BeneficiaryChange change = new BeneficiaryChange(blankToNull(email), blankToNull(mobile),
                attachment == currentAttachment && attachment != SocialSecurityAttachment.OTHER_INSURED ? null : attachment,
                SocialSecurityNumber.normalize(nir), SocialSecurityNumber.normalize(otherNir));
        if (change.email() == null && change.mobilePhone() == null && change.attachment() == null) {
            Texts.error(null, Texts.of(ContractModule.BUNDLE, "beneficiary.change.nothing"));
            return null;
        }
        boolean valid = true;
        for (FieldProblem problem : details.check(beneficiary, change)) {
            problem.show("change");
            valid = false;
        }
        if (!valid) {
            return null;
        }
        details.requestChange(beneficiary.getId(), change);
        Texts.flash(Texts.of(ContractModule.BUNDLE, "beneficiary.change.sent"));
        return "/contract/beneficiary.xhtml?faces-redirect=true&id=" + beneficiary.getId();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Beneficiary getBeneficiary() {
        return beneficiary;
    }

    public BeneficiaryContact getContact() {
        return contact;
    }

    public String getAttachmentText() {
        return switch (currentAttachment) {
            case OWN -> Texts.of(ContractModule.BUNDLE, "beneficiary.attachment.own");
            case MEMBER -> Texts.of(ContractModule.BUNDLE, "beneficiary.attachment.member", memberContext.member().getFullName());
            case OTHER_INSURED -> Texts.of(ContractModule.BUNDLE, "beneficiary.attachment.other",
                    SocialSecurityNumber.mask(beneficiary.getAttachedToNir()));
        };
    }

    /** The member's address for a beneficiary without their own. */
    public String getAddress() {
        if (contact != null && contact.getAddress() != null) {
            return contact.getAddress();
        }
        var address = memberContext.member().getAddress();
        return address == null ? null : Texts.of(ContractModule.BUNDLE, "beneficiary.address.shared", address.getOneLine());
    }

    public String getPhone() {
        return contact == null || contact.getMobilePhone() == null ? null : FrenchFormats.phone(contact.getMobilePhone());
    }

    public SocialSecurityAttachment[] getAttachments() {
        return SocialSecurityAttachment.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
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
