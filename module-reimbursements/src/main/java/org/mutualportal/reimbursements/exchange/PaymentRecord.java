package org.mutualportal.reimbursements.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mutualportal.reimbursements.payment.GuaranteeBasis;
import org.mutualportal.reimbursements.payment.Payee;
import org.mutualportal.reimbursements.payment.PaymentMode;

/** A payment of the mutual with its lines, as the management system sends it. */
@Schema(name = "Payment", description = "Un paiement de la mutuelle (remboursement à l'adhérent ou paiement à un "
        + "professionnel en tiers payant) et ses lignes. Un paiement est remplacé en entier, lignes comprises.")
public record PaymentRecord(
        @Schema(required = true, maxLength = 64, description = "Identifiant du paiement dans le système de gestion.",
                example = "GES-PAI-2026-000981") String externalId,
        @Schema(required = true, maxLength = 64, description = "externalId de l'adhésion.", example = "GES-ADS-000123-1")
        String membership,
        @Schema(type = SchemaType.STRING, format = "date", required = true, example = "2026-03-12") LocalDate paymentDate,
        @Schema(required = true) PaymentMode mode,
        @Schema(required = true, description = "Montant payé par la mutuelle : la somme des parts mutuelle des lignes.",
                example = "39.00") BigDecimal amount,
        @Schema(required = true, description = "MEMBER : remboursement à l'adhérent ; PROFESSIONAL : tiers payant.")
        Payee payee,
        @Schema(maxLength = 120, description = "Professionnel payé (obligatoire en tiers payant).",
                example = "Pharmacie du Vieux-Port") String payeeName,
        @Schema(type = SchemaType.ARRAY, implementation = Line.class, required = true, description = "Lignes (prestations), dans l'ordre d'affichage.") List<Line> lines,
        @Schema(type = SchemaType.INTEGER, format = "int64", description = "Facture envoyée en ligne que ce paiement règle : l'id de la demande (type claims.claim) "
                + "reçue du flux des demandes, d'un adhérent titulaire de l'adhésion. La page du paiement renvoie alors "
                + "à la facture, et la facture au paiement.", example = "1587") Long claim) {

    /** One act paid, with what explains the amount. */
    @Schema(name = "PaymentLine", description = "Une prestation payée et ce qui explique le montant.")
    public record Line(
            @Schema(maxLength = 64, description = "externalId du bénéficiaire soigné (de la même adhésion).",
                    example = "GES-BEN-000123-2") String beneficiary,
            @Schema(maxLength = 160, description = "Nom du bénéficiaire tel qu'imprimé sur le relevé ; par défaut "
                    + "celui du bénéficiaire désigné.", example = "Lucas LEROY") String beneficiaryName,
            @Schema(maxLength = 20, description = "Code de l'acte.", example = "CS") String actCode,
            @Schema(required = true, maxLength = 160, example = "Consultation dermatologue (secteur 2)") String actLabel,
            @Schema(type = SchemaType.STRING, format = "date", required = true, example = "2026-03-02") LocalDate careStart,
            @Schema(type = SchemaType.STRING, format = "date", required = true, example = "2026-03-02") LocalDate careEnd,
            @Schema(required = true, description = "Dépense.", example = "80.00") BigDecimal expense,
            @Schema(required = true, description = "Base de remboursement de la Sécurité sociale.", example = "30.00")
            BigDecimal baseAmount,
            @Schema(required = true, description = "Taux de la Sécurité sociale, en % de la base.", example = "70")
            BigDecimal ssRate,
            @Schema(required = true, description = "Versé par la Sécurité sociale, franchise déduite.", example = "19.00")
            BigDecimal ssAmount,
            @Schema(description = "Participation forfaitaire ou franchise (0 par défaut).", example = "2.00")
            BigDecimal ssDeductible,
            @Schema(required = true, description = "Part mutuelle.", example = "39.00") BigDecimal mutualAmount,
            @Schema(required = true, maxLength = 120, description = "Garantie de l'offre appliquée.",
                    example = "Consultations spécialistes") String guaranteeLabel,
            @Schema(required = true) GuaranteeBasis guaranteeBasis,
            @Schema(description = "200 pour « 200 % BR », 150.00 pour un plafond de 150 € ; vide pour frais réels et "
                    + "100 % Santé.", example = "200") BigDecimal guaranteeValue) {
    }
}
