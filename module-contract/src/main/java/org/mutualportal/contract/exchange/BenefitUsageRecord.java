package org.mutualportal.contract.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mutualportal.contract.offer.GuaranteeCategory;

/** Something a beneficiary already had paid that an estimate counts (renewal period, yearly caps). */
@Schema(name = "BenefitUsage", description = "Une consommation d'un bénéficiaire sur une garantie ; remplacée en entier.")
public record BenefitUsageRecord(
        @Schema(required = true, maxLength = 64, example = "GES-CONSO-2025-000451") String externalId,
        @Schema(required = true, maxLength = 64, description = "externalId du bénéficiaire.", example = "GES-BEN-000123-2")
        String beneficiary,
        @Schema(required = true, description = "OPTIQUE, DENTAIRE ou AIDES_AUDITIVES : une consommation d'optique ou "
                + "d'aides auditives ouvre la période de renouvellement.") GuaranteeCategory category,
        @Schema(maxLength = 40, description = "Code de la règle de l'offre (OfferRule) sur laquelle le montant compte.",
                example = "R-DEN-IMPLANT") String rule,
        @Schema(type = SchemaType.STRING, format = "date", required = true, description = "Date des soins ou de l'achat.", example = "2025-11-04") LocalDate careDate,
        @Schema(required = true, description = "Montant versé par la mutuelle.", example = "450.00") BigDecimal mutualAmount) {
}
