package org.mutualportal.core.exchange;

import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member request as the feed delivers it to the management system. */
@Schema(name = "MemberRequest", description = "Une demande d'adhérent à traiter dans le système de gestion.")
public record FeedItem(
        @Schema(type = SchemaType.INTEGER, format = "int64", description = "Identifiant de la demande dans le portail (pour ack, status, pièces jointes).",
                example = "1587") long id,
        @Schema(description = "Type de demande.", example = "contract.beneficiary.add") String type,
        @Schema(description = "Libellé du type.", example = "Ajout d'un bénéficiaire") String typeLabel,
        @Schema(description = "Module du portal qui a pris la demande.", example = "contract") String module,
        @Schema(description = "Statut dans Suivi : SENT, IN_PROGRESS, DONE, CANCELLED (annulée par l'adhérent : "
                + "rien à traiter).", example = "SENT",
                enumeration = {"SENT", "IN_PROGRESS", "DONE", "CANCELLED"}) String status,
        @Schema(type = SchemaType.STRING, format = "date-time", description = "Date de la demande.") OffsetDateTime createdAt,
        @Schema(type = SchemaType.STRING, format = "date-time", description = "Dernière modification.") OffsetDateTime updatedAt,
        @Schema(type = SchemaType.STRING, format = "date", description = "Date de traitement annoncée à l'adhérent.") LocalDate estimatedDate,
        @Schema(description = "externalId de l'adhérent.", example = "GES-ADH-000123") String member,
        @Schema(description = "externalId de l'adhésion concernée, s'il y en a une.", example = "GES-ADS-000123-1")
        String membership,
        @Schema(description = "Numéro d'adhérent de l'adhésion.", example = "100234") String membershipNumber,
        @Schema(description = "Résumé d'une ligne (sans donnée de santé).") String summary,
        @Schema(description = "Texte libre de l'adhérent.") String details,
        @Schema(description = "Données structurées de la demande (JSON propre à chaque type, voir la documentation des "
                + "modules et docs/data-exchange.md). Un module peut en publier le schéma dans cette description OpenAPI, "
                + "sous un nom de son choix.",
                type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT)
        JsonValue payload,
        @Schema(type = SchemaType.ARRAY, implementation = AttachmentLink.class, description = "Pièces jointes.") List<AttachmentLink> attachments) {

    /** A file joined to the request, downloaded from {@code href} with the same credentials. */
    @Schema(name = "AttachmentLink", description = "Pièce jointe d'une demande.")
    public record AttachmentLink(
            @Schema(type = SchemaType.INTEGER, format = "int64", example = "77") long id,
            @Schema(example = "acte-de-naissance.pdf") String fileName,
            @Schema(example = "application/pdf") String contentType,
            @Schema(type = SchemaType.INTEGER, format = "int64", description = "Taille en octets.", example = "183204") long size,
            @Schema(description = "Adresse de téléchargement (relative au portail).",
                    example = "/api/v1/requests/1587/attachments/77") String href) {
    }
}
