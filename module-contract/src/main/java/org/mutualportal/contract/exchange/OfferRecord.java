package org.mutualportal.contract.exchange;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mutualportal.contract.offer.GuaranteeCategory;
import org.mutualportal.api.member.ContractKind;

/**
 * An offer of the catalogue with its table of guarantees, reimbursement examples and prices — the JSON shape
 * {@code CatalogueImport} reads (see {@code org/mutualportal/contract/demo/catalogue.json}).
 */
@Schema(name = "Offer", description = "Une offre du catalogue et son tableau de garanties ; remplacée en entier.")
public record OfferRecord(
        @Schema(required = true, maxLength = 30, description = "Code de l'offre, clé de l'import.", example = "LAB-CONFORT")
        String code,
        @Schema(required = true, maxLength = 80, example = "Labellisée Confort") String label,
        @Schema(required = true) ContractKind kind,
        @Schema(maxLength = 200, example = "Un bon niveau de remboursement sur tous les postes.") String tagline,
        @Schema(required = true, description = "Niveau de couverture, le plus bas d'abord (ordre d'affichage).",
                example = "2") int rank,
        @Schema(description = "Un adhérent peut choisir cette offre depuis le portail (vrai par défaut).")
        boolean openToChange,
        @Schema(description = "Contrat responsable (vrai par défaut).") boolean responsible,
        @Schema(required = true) List<GuaranteeLine> guarantees,
        @Schema(description = "Exemples de remboursement en euros.") List<Example> examples,
        @Schema(description = "Prix mensuels par tranche d'âge.") List<Price> prices) {

    /** A line of the table of guarantees. */
    @Schema(name = "OfferGuarantee")
    public record GuaranteeLine(
            @Schema(required = true) GuaranteeCategory category,
            @Schema(required = true, example = "1") int position,
            @Schema(required = true, maxLength = 200, example = "Frais de séjour") String label,
            @Schema(required = true, maxLength = 200, description = "Tel qu'imprimé, Sécurité sociale comprise.",
                    example = "100 % des frais réels") String coverage,
            @Schema(description = "Ligne du panier 100 % Santé.") boolean fullCoverageBasket) {
    }

    /** A reimbursement example. */
    @Schema(name = "OfferExample")
    public record Example(
            @Schema(required = true, example = "1") int position,
            @Schema(required = true, maxLength = 200, example = "Consultation d'un spécialiste à 60 €") String label,
            @Schema(required = true, example = "60.00") BigDecimal expense,
            @Schema(required = true, example = "20.30") BigDecimal ssAmount,
            @Schema(required = true, example = "25.00") BigDecimal mutualAmount) {
    }

    /** A monthly price for one beneficiary of an age band. */
    @Schema(name = "OfferPrice")
    public record Price(
            @Schema(required = true, example = "0") int minAge,
            @Schema(required = true, example = "19") int maxAge,
            @Schema(required = true, example = "24.90") BigDecimal monthlyAmount) {
    }
}
