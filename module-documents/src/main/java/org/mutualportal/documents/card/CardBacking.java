package org.mutualportal.documents.card;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.mutualportal.api.text.Texts;
import org.mutualportal.documents.DocumentsModule;
import org.mutualportal.documents.card.CardSettings.Domain;

/**
 * "Carte de tiers payant": what the card says (validity, persons, domains) before the member downloads it,
 * or why the selected membership has no card.
 */
@Named
@RequestScoped
public class CardBacking {

    @Inject
    TiersPayantCards cards;

    private Optional<TiersPayantCard> card;

    public TiersPayantCard getCard() {
        if (card == null) {
            card = cards.current();
        }
        return card.orElse(null);
    }

    public String getValidity() {
        return getCard() == null ? null : CardPdf.validity(card.get().validity());
    }

    public String getUnavailableText() {
        return cards.unavailableReason().map(key -> Texts.of(DocumentsModule.BUNDLE, key)).orElse(null);
    }

    public String domainLabel(Domain domain) {
        return CardPdf.label(domain.code());
    }

    public String relationshipLabel(String relationship) {
        return Texts.of(DocumentsModule.BUNDLE, "relationship." + relationship);
    }
}
