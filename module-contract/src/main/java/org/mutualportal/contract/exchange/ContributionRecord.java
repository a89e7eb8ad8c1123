package org.mutualportal.contract.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mutualportal.contract.contribution.ContributionStatus;
import org.mutualportal.contract.terms.PaymentMode;

/** A call for contributions (avis d'échéance) with its breakdown, as the management system sends it. */
@Schema(name = "Contribution", description = "Un appel de cotisation (échéance) et son détail ; remplacé en entier.")
public record ContributionRecord(
        @Schema(required = true, maxLength = 64, description = "Identifiant de l'échéance dans le système de gestion.",
                example = "GES-COT-2026-03-000123") String externalId,
        @Schema(required = true, maxLength = 64, description = "externalId de l'adhésion.", example = "GES-ADS-000123-1")
        String membership,
        @Schema(type = SchemaType.STRING, format = "date", required = true, description = "Date d'échéance.", example = "2026-03-05") LocalDate dueDate,
        @Schema(type = SchemaType.STRING, format = "date", required = true, example = "2026-03-01") LocalDate periodStart,
        @Schema(type = SchemaType.STRING, format = "date", required = true, example = "2026-03-31") LocalDate periodEnd,
        @Schema(required = true, example = "142.60") BigDecimal amount,
        @Schema(required = true, description = "DUE : à payer ; PAID : payée ; UNPAID : impayée (rejet).")
        ContributionStatus status,
        @Schema(type = SchemaType.STRING, format = "date", description = "Date de paiement, obligatoire pour PAID.", example = "2026-03-05") LocalDate paidOn,
        @Schema(description = "Mode de paiement de l'échéance.") PaymentMode paymentMode,
        @Schema(type = SchemaType.ARRAY, implementation = Line.class, description = "Part de chaque bénéficiaire par garantie (« Voir le détail ») ; leur somme fait le "
                + "montant.") List<Line> lines) {

    /** One beneficiary's share for one guarantee. */
    @Schema(name = "ContributionLine", description = "Une ligne du détail d'une échéance.")
    public record Line(
            @Schema(maxLength = 64, description = "externalId du bénéficiaire (de la même adhésion).",
                    example = "GES-BEN-000123-2") String beneficiary,
            @Schema(maxLength = 160, description = "Nom imprimé ; par défaut celui du bénéficiaire désigné.")
            String beneficiaryName,
            @Schema(required = true, maxLength = 160, example = "Labellisée Confort — adulte") String label,
            @Schema(required = true, example = "71.30") BigDecimal amount) {
    }
}
