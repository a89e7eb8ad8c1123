package org.mutualportal.documents.listing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.mutualportal.api.modules.Modules;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.text.Texts;
import org.mutualportal.documents.DocumentsModule;
import org.mutualportal.documents.card.CardPdf;
import org.mutualportal.documents.card.TiersPayantCards;
import org.mutualportal.documents.request.CardRequests;
import org.mutualportal.spi.Placement;

/**
 * "Mes documents": this module's documents with whether each is available for the selected membership,
 * then the documents of the other enabled modules. Those are read from {@link Modules#links} — every enabled
 * module's {@link Placement#DOCUMENTS} menu entry the member may open, labelled from its own bundle — so a
 * module offering a document (the contract's table of guarantees, its yearly statement of contributions)
 * appears here by declaring the entry, and disappears with its module, without this module knowing it.
 */
@Named
@RequestScoped
public class DocumentsBacking {

    /**
     * Where this module's own pages live (a module's pages are under {@code /<id>/}): the page lists them
     * first, with their status, so they are not repeated among the other modules' documents.
     */
    private static final String OWN_PAGES = "/" + DocumentsModule.ID + "/";

    @Inject
    Modules modules;

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
            others = modules.links(Placement.DOCUMENTS).stream()
                    .filter(link -> !link.path().startsWith(OWN_PAGES))
                    .map(link -> new OtherDocument(link.label(), link.path(), link.moduleName()))
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
