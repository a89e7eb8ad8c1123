package org.mutualportal.contract.exchange;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mutualportal.contract.estimate.ItemSlot;
import org.mutualportal.contract.offer.GuaranteeCategory;

/** A care item of the national catalogue with its Sécurité sociale figures by age band. */
@Schema(name = "CareItem", description = "Un soin sur devis du catalogue national (LPP, CCAM) ; remplacé en entier.")
public record CareItemRecord(
        @Schema(required = true, maxLength = 40, description = "Code du soin, clé de l'import.", example = "DEN-COURONNE-100")
        String code,
        @Schema(required = true, maxLength = 160, example = "Couronne céramo-métallique sur dent visible — 100 % Santé")
        String label,
        @Schema(required = true, description = "OPTIQUE, DENTAIRE ou AIDES_AUDITIVES.") GuaranteeCategory category,
        @Schema(required = true, description = "FRAME (monture), LENS (verre), DENTAL_ACT (acte dentaire), "
                + "HEARING_AID (aide auditive, une oreille).") ItemSlot slot,
        @Schema(required = true, description = "Ordre dans les listes de choix.", example = "10") int position,
        @Schema(description = "Soin du panier 100 % Santé.") boolean fullCoverageBasket,
        @Schema(required = true, description = "Taux de remboursement de la Sécurité sociale, en %.", example = "60")
        BigDecimal ssRate,
        @Schema(maxLength = 40, description = "Code du soin 100 % Santé répondant au même besoin.", example = "DEN-COURONNE-100")
        String alternative,
        @Schema(type = SchemaType.ARRAY, implementation = Band.class, required = true) List<Band> bands) {

    /** The figures of an age band. */
    @Schema(name = "CareItemBand", description = "Une tranche d'âge d'un soin : base, prix limite, renouvellement.")
    public record Band(
            @Schema(required = true, example = "21") int minAge,
            @Schema(required = true, example = "150") int maxAge,
            @Schema(required = true, description = "Base de remboursement d'un article.", example = "400.00") BigDecimal ssBase,
            @Schema(description = "Prix limite de vente ou honoraire limite de facturation (100 % Santé, tarif maîtrisé).",
                    example = "950.00") BigDecimal priceLimit,
            @Schema(description = "Un soin de la rubrique est pris en charge une fois par période de ce nombre de mois.",
                    example = "48") Integer renewalMonths) {
    }
}
