package org.mutualportal.contract.exchange;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mutualportal.contract.terms.NoticeFrequency;
import org.mutualportal.contract.terms.PaymentMode;

/** The terms of a membership's contract beyond the kernel: subscriber, guarantees' start, payment of contributions. */
@Schema(name = "ContractTerms", description = "Conditions du contrat d'une adhésion : souscripteur, date d'effet des "
        + "garanties, paiement des cotisations. Les coordonnées bancaires ne sont gardées que pour un prélèvement.")
public record TermsRecord(
        @Schema(required = true, maxLength = 64, description = "externalId de l'adhésion, clé de l'import.",
                example = "GES-ADS-000123-1") String membership,
        @Schema(maxLength = 120, description = "Souscripteur : l'adhérent, ou l'employeur d'un contrat collectif.",
                example = "Marie LEROY") String subscriberName,
        @Schema(maxLength = 250, example = "12 rue Paradis, 13001 Marseille") String subscriberAddress,
        @Schema(type = SchemaType.STRING, format = "date", description = "Date d'effet des garanties actuelles.", example = "2024-01-01") LocalDate guaranteesSince,
        @Schema(description = "Mode de paiement des cotisations.") PaymentMode paymentMode,
        @Schema(description = "Fréquence des avis d'échéance.") NoticeFrequency noticeFrequency,
        @Schema(description = "Jour de prélèvement (1 à 28), pour un prélèvement.", example = "5") Integer debitDay,
        @Schema(maxLength = 120, description = "Titulaire du compte prélevé.", example = "Marie LEROY") String holderName,
        @Schema(maxLength = 34, example = "FR7630004005120001012345678") String iban,
        @Schema(maxLength = 11, example = "BNPAFRPP") String bic,
        @Schema(maxLength = 35, description = "Référence unique du mandat SEPA.", example = "MMM-100234-20240101")
        String mandateReference,
        @Schema(type = SchemaType.STRING, format = "date", example = "2024-01-01") LocalDate mandateSignedOn) {
}
