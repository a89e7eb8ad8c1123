package org.mutualportal.contract.exchange;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mutualportal.contract.estimate.CoverageBasis;
import org.mutualportal.contract.estimate.RuleScope;
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
        @Schema(type = SchemaType.ARRAY, implementation = GuaranteeLine.class, required = true) List<GuaranteeLine> guarantees,
        @Schema(type = SchemaType.ARRAY, implementation = Example.class, description = "Exemples de remboursement en euros.") List<Example> examples,
        @Schema(type = SchemaType.ARRAY, implementation = Price.class, description = "Prix mensuels par tranche d'âge.") List<Price> prices,
        @Schema(type = SchemaType.ARRAY, implementation = Rule.class, description = "Règles de remboursement des soins sur devis (optique, dentaire, aides auditives), "
                + "lues par « Estimer mon remboursement » ; la première règle (par position) qui cite un soin du "
                + "catalogue national le rembourse.") List<Rule> rules) {

    /** A line of the table of guarantees. */
    @Schema(name = "OfferGuarantee", description = "Une ligne du tableau de garanties de l'offre.")
    public record GuaranteeLine(
            @Schema(required = true) GuaranteeCategory category,
            @Schema(required = true, example = "1") int position,
            @Schema(required = true, maxLength = 200, example = "Frais de séjour") String label,
            @Schema(required = true, maxLength = 200, description = "Tel qu'imprimé, Sécurité sociale comprise.",
                    example = "100 % des frais réels") String coverage,
            @Schema(description = "Ligne du panier 100 % Santé.") boolean fullCoverageBasket) {
    }

    /** A reimbursement example. */
    @Schema(name = "OfferExample", description = "Un exemple de remboursement en euros.")
    public record Example(
            @Schema(required = true, example = "1") int position,
            @Schema(required = true, maxLength = 200, example = "Consultation d'un spécialiste à 60 €") String label,
            @Schema(required = true, example = "60.00") BigDecimal expense,
            @Schema(required = true, example = "20.30") BigDecimal ssAmount,
            @Schema(required = true, example = "25.00") BigDecimal mutualAmount) {
    }

    /** A monthly price for one beneficiary of an age band. */
    @Schema(name = "OfferPrice", description = "Le prix mensuel d'une tranche d'âge.")
    public record Price(
            @Schema(required = true, example = "0") int minAge,
            @Schema(required = true, example = "19") int maxAge,
            @Schema(required = true, example = "24.90") BigDecimal monthlyAmount) {
    }

    /** A rule saying how the offer pays care items of the national catalogue. */
    @Schema(name = "OfferRule", description = "Une règle de remboursement des soins sur devis.")
    public record Rule(
            @Schema(required = true, maxLength = 40, description = "Code de la règle, unique dans l'offre ; les "
                    + "consommations (/contract/benefit-usage) s'y rapportent.", example = "R-DEN-IMPLANT") String code,
            @Schema(required = true, example = "5") int position,
            @Schema(required = true, maxLength = 200, description = "Libellé de la garantie, tel qu'au tableau.",
                    example = "Implants dentaires (par an)") String label,
            @Schema(required = true, description = "PERCENT_OF_BASE : amount % de la base, Sécurité sociale comprise ; "
                    + "AMOUNT : amount euros en plus de la Sécurité sociale ; ACTUAL_COST : frais réels ; "
                    + "FULL_COVERAGE_BASKET : 100 % Santé, rien à charge dans le prix limite.") CoverageBasis basis,
            @Schema(description = "Pourcentage ou euros ; obligatoire pour PERCENT_OF_BASE et AMOUNT.", example = "600.00")
            BigDecimal amount,
            @Schema(description = "LINE (par ligne du devis, défaut), EQUIPMENT (montant commun à l'équipement : "
                    + "monture et verres) ou PERIOD (montant par période glissante de periodMonths mois, moins ce "
                    + "qui a déjà été consommé).") RuleScope scope,
            @Schema(description = "Durée de la période d'une règle PERIOD, en mois.", example = "12") Integer periodMonths,
            @Schema(description = "Plafond Sécurité sociale comprise (contrat responsable), par ligne ou par équipement.",
                    example = "1700.00") BigDecimal ceiling,
            @Schema(description = "Prise en charge maximale de la monture dans un équipement.", example = "100.00")
            BigDecimal frameCap,
            @Schema(type = SchemaType.ARRAY, implementation = String.class, required = true, description = "Codes des soins du catalogue national que la règle rembourse.")
            List<String> items) {
    }
}
