package org.mutualportal.core.exchange;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mutualportal.api.member.ContractKind;
import org.mutualportal.api.member.ContractState;

/** A membership (adhésion) and its contract as the management system sends them. */
@Schema(name = "Membership", description = "Une adhésion d'un adhérent et son contrat.")
public record MembershipRecord(
        @Schema(required = true, maxLength = 64, description = "Identifiant de l'adhésion dans le système de gestion.",
                example = "GES-ADS-000123-1") String externalId,
        @Schema(required = true, maxLength = 64, description = "Identifiant (externalId) de l'adhérent titulaire.",
                example = "GES-ADH-000123") String member,
        @Schema(required = true, maxLength = 20, description = "Numéro d'adhérent imprimé sur la carte ; il ne change "
                + "plus une fois l'adhésion créée.", example = "100234") String membershipNumber,
        @Schema(required = true, maxLength = 30, example = "CT-2019-004512") String contractNumber,
        @Schema(required = true, maxLength = 30, description = "Code de l'offre (voir /api/v1/contract/offers).",
                example = "LAB-CONFORT") String offerCode,
        @Schema(required = true, maxLength = 80, example = "Labellisée Confort") String offerLabel,
        @Schema(required = true, description = "Contrat individuel ou collectif (d'entreprise).") ContractKind kind,
        @Schema(maxLength = 120, description = "Employeur, obligatoire pour un contrat collectif.",
                example = "Transports Phocéens SA") String employerName,
        @Schema(required = true, description = "État du contrat.") ContractState state,
        @Schema(type = SchemaType.STRING, format = "date", required = true, example = "2019-01-01") LocalDate startDate,
        @Schema(type = SchemaType.STRING, format = "date", description = "Date de fin (résiliation).", example = "2026-12-31") LocalDate endDate) {
}
