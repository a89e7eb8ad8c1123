package org.mutualportal.claims.claim;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The payload of a claim ({@code claims.claim}) in the request feed, as the OpenAPI description shows it to the
 * management system's developers (schema {@code ClaimPayload}, named by the feed's {@code payload}). The JSON itself
 * is written by {@link ClaimDescription#payload}; this type only describes it.
 */
@Schema(name = "ClaimPayload", description = "Données d'une facture envoyée en ligne (demande de type claims.claim) : "
        + "le champ payload d'une demande du flux. Les fichiers sont les pièces jointes de la demande (attachments), "
        + "reconnus par leur nom ; ceux ajoutés quand la facture était incomplète (étape INCOMPLETE) s'appellent "
        + "complement-<n>-… et ne figurent que dans attachments.")
public record ClaimPayload(
        @Schema(required = true, description = "Numéro d'adhérent de l'adhésion.", example = "100234") String membershipNumber,
        @Schema(required = true, description = "externalId du bénéficiaire soigné.", example = "GES-BEN-000123-2")
        String beneficiary,
        @Schema(required = true, description = "Nom du bénéficiaire au jour de l'envoi.", example = "Lucas LEROY")
        String beneficiaryName,
        @Schema(required = true, description = "Type de soins, code de portal.claims.care-kinds.", example = "osteopathie")
        String careKind,
        @Schema(required = true, description = "Libellé du type de soins.", example = "Ostéopathie") String careKindLabel,
        @Schema(type = SchemaType.STRING, format = "date", required = true, description = "Date des soins.", example = "2026-03-02") LocalDate careDate,
        // A String, not a BigDecimal: the feed writes the amount as text, and Payara types a schema by the Java class.
        @Schema(required = true, description = "Montant payé par l'adhérent, en euros (texte, deux décimales).",
                example = "60.00", pattern = "^[0-9]+\\.[0-9]{2}$") String amount,
        @Schema(required = true, description = "Vrai quand la Sécurité sociale a remboursé une partie : son décompte "
                + "est joint (rôle STATEMENT).") boolean socialSecurityReimbursed,
        @Schema(type = SchemaType.ARRAY, implementation = Long.class, required = true, description = "Numéros des demandes antérieures contenant déjà un des justificatifs "
                + "(même contenu, même bénéficiaire), renvoyé sciemment par l'adhérent ; vide d'ordinaire.")
        List<Long> duplicateOf,
        @Schema(type = SchemaType.ARRAY, implementation = File.class, required = true, description = "Fichiers envoyés avec la facture.") List<File> files) {

    /** A file sent with the claim. */
    @Schema(name = "ClaimFile", description = "Un fichier envoyé avec la facture.")
    public record File(
            @Schema(required = true, description = "PROOF : facture ou reçu ; STATEMENT : décompte de la Sécurité sociale.",
                    enumeration = {"PROOF", "STATEMENT"}) String role,
            @Schema(required = true, description = "Nom de la pièce jointe de la demande.",
                    example = "justificatif-1-facture-osteopathe.pdf") String fileName,
            @Schema(required = true, description = "SHA-256 du contenu, en hexadécimal.") String sha256) {
    }
}
