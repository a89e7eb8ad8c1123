package org.mutualportal.documents.listing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.mutualportal.core.member.MemberContext;
import org.mutualportal.core.member.SignedInUser;
import org.mutualportal.core.registry.ModuleRegistry;
import org.mutualportal.core.security.AccessRules;
import org.mutualportal.core.spi.Placement;
import org.mutualportal.core.web.FrenchFormats;
import org.mutualportal.core.web.Texts;
import org.mutualportal.documents.DocumentsModule;
import org.mutualportal.documents.card.CardPdf;
import org.mutualportal.documents.card.TiersPayantCards;
import org.mutualportal.documents.request.CardRequests;

/**
 * "Mes documents": this module's documents with whether each is available for the selected membership,
 * then the documents of the other enabled modules. Those are read from the registry — every enabled
 * module's {@link Placement#DOCUMENTS} menu entry the member may open, labelled from its own bundle — so a
 * module offering a document (the contract's table of guarantees, its yearly statement of contributions)
 * appears here by declaring the entry, and disappears with its module, without this module knowing it.
 */
@Named
@RequestScoped
public class DocumentsBacking {

    @Inject
    ModuleRegistry registry;

    @Inject
    MemberContext memberContext;

    @Inject
    TiersPayantCards cards;

    @Inject
    CardRequests cardRequests;

    private List<OtherDocument> others;
    private String cardRequestStatus;
    private boolean cardRequestRead;

    /** A document another module offers. */
    public record OtherDocument(String label, String path, String moduleName) {
    }

    public List<OtherDocument> getOthers() {
        if (others == null) {
            Set<String> roles = memberContext.user().map(SignedInUser::roles).orElse(Set.of());
            others = registry.menu(Placement.DOCUMENTS, path -> AccessRules.allows(path, roles)).stream()
                    .filter(link -> !DocumentsModule.ID.equals(link.moduleId()))
                    .map(link -> new OtherDocument(link.label(), link.path(),
                            registry.find(link.moduleId()).map(registry::name).orElse(link.moduleId())))
                    .toList();
        }
        return others;
    }

    /** "Valable du … au …", or why the selected membership has no card. */
    public String getCardStatus() {
        return cards.validity().map(CardPdf::validity)
                .orElseGet(() -> cards.unavailableReason().map(key -> Texts.of(DocumentsModule.BUNDLE, key)).orElse(""));
    }

    public boolean isCardAvailable() {
        return cards.unavailableReason().isEmpty();
    }

    /** The new-card request in progress, as a sentence; null when none is. */
    public String getCardRequestStatus() {
        if (!cardRequestRead) {
            cardRequestStatus = cardRequests.pending().map(r -> Texts.of(DocumentsModule.BUNDLE, "documents.newCard.pending",
                    FrenchFormats.dateTime(r.getCreatedAt()))).orElse(null);
            cardRequestRead = true;
        }
        return cardRequestStatus;
    }
}
