package org.mutualportal.documents.request;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.mutualportal.api.member.MemberContext;
import org.mutualportal.api.member.PostalAddress;
import org.mutualportal.api.modules.Modules;
import org.mutualportal.api.requests.MemberRequest;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.text.Texts;
import org.mutualportal.documents.DocumentsModule;

/**
 * The new-card form: the reason, the delivery address the mutual holds (to confirm, with a link to change
 * it in "Mon compte" when the account module is there), or the request already pending.
 */
@Named
@RequestScoped
public class NewCardBacking {

    /** The account module's address page: linked to, never imported. */
    static final String ADDRESS_PAGE = "/account/address.xhtml";

    @Inject
    CardRequests cardRequests;

    @Inject
    MemberContext memberContext;

    @Inject
    Modules modules;

    @NotNull(message = "{org.mutualportal.documents.newCard.reason.required}")
    private CardRequestReason reason;
    @AssertTrue(message = "{org.mutualportal.documents.newCard.confirm.required}")
    private boolean addressConfirmed;
    private Optional<MemberRequest> pending;
    private Optional<String> problem;

    public List<CardRequestReason> getReasons() {
        return List.of(CardRequestReason.values());
    }

    public String reasonLabel(CardRequestReason value) {
        return Texts.of(DocumentsModule.BUNDLE, "newCard.reason." + value.name());
    }

    public PostalAddress getAddress() {
        return memberContext.member().getAddress();
    }

    public boolean isAddressKnown() {
        return CardRequests.hasAddress(getAddress());
    }

    /** Where to change the address, when the account module is on; null otherwise. */
    public String getAddressPage() {
        return modules.isEnabled("account") ? ADDRESS_PAGE : null;
    }

    public boolean isOpenContract() {
        return problem().filter("newCard.unavailable.state"::equals).isEmpty();
    }

    public MemberRequest getPending() {
        if (pending == null) {
            pending = cardRequests.pending();
        }
        return pending.orElse(null);
    }

    public String getPendingText() {
        MemberRequest request = getPending();
        return request == null ? null : Texts.of(DocumentsModule.BUNDLE, "newCard.pending",
                FrenchFormats.dateTime(request.getCreatedAt()), FrenchFormats.date(request.getEstimatedDate()));
    }

    /** Whether the form is shown: an open contract, an address, nothing pending. */
    public boolean isFormShown() {
        return problem().isEmpty();
    }

    /** Read once per request: the page asks several times while rendering. */
    private Optional<String> problem() {
        if (problem == null) {
            problem = cardRequests.problem();
        }
        return problem;
    }

    /** The form's fields are checked by their constraints; why the request cannot be made, by the service. */
    public String submit() {
        cardRequests.request(reason);
        Texts.flash(Texts.of(DocumentsModule.BUNDLE, "newCard.saved"));
        return "/documents/new-card.xhtml?faces-redirect=true";
    }

    public CardRequestReason getReason() {
        return reason;
    }

    public void setReason(CardRequestReason reason) {
        this.reason = reason;
    }

    public boolean isAddressConfirmed() {
        return addressConfirmed;
    }

    public void setAddressConfirmed(boolean addressConfirmed) {
        this.addressConfirmed = addressConfirmed;
    }
}
