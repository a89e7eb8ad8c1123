package org.mutualportal.documents.request;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.mutualportal.core.member.MemberContext;
import org.mutualportal.core.member.PostalAddress;
import org.mutualportal.core.registry.ModuleRegistry;
import org.mutualportal.core.requests.MemberRequest;
import org.mutualportal.core.web.FrenchFormats;
import org.mutualportal.core.web.Texts;
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
    ModuleRegistry registry;

    private CardRequestReason reason;
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
        return registry.isEnabled("account") ? ADDRESS_PAGE : null;
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

    public String submit() {
        boolean valid = true;
        if (reason == null) {
            Texts.error("card:reason", Texts.of(DocumentsModule.BUNDLE, "newCard.reason.required"));
            valid = false;
        }
        if (!addressConfirmed) {
            Texts.error("card:confirm", Texts.of(DocumentsModule.BUNDLE, "newCard.confirm.required"));
            valid = false;
        }
        Optional<String> problem = cardRequests.problem();
        if (problem.isPresent()) {
            Texts.error(null, Texts.of(DocumentsModule.BUNDLE, problem.get()));
            valid = false;
        }
        if (!valid) {
            return null;
        }
        try {
            cardRequests.request(reason);
        } catch (IllegalStateException e) {
            // Another tab sent the same request between the check above and this one.
            Texts.error(null, Texts.of(DocumentsModule.BUNDLE, e.getMessage()));
            return null;
        }
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
