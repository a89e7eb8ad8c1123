package org.mutualportal.core.exchange;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mutualportal.api.requests.RequestStatus;

/** What the management system did with a request, to show in Suivi (documentation of the POST body). */
@Schema(name = "StatusChange", description = "Nouveau statut, ou nouvelle étape, d'une demande dans Suivi.")
public record StatusChange(
        @Schema(description = "IN_PROGRESS (prise en charge), DONE (traitée) ou CANCELLED (annulée). Obligatoire sans "
                + "étape ; avec une étape, il est celui de l'étape (et peut être omis).",
                enumeration = {"IN_PROGRESS", "DONE", "CANCELLED"}) RequestStatus status,
        @Schema(maxLength = 40, description = "Étape propre au type de demande (docs/data-exchange.md, par exemple "
                + "INCOMPLETE pour une facture envoyée). Elle donne le statut.", example = "INCOMPLETE") String stage,
        @Schema(maxLength = 1000, description = "Motif de l'étape, lu par l'adhérent dans Suivi (avec une étape seulement).",
                example = "Il manque la facture acquittée de l'ostéopathe.") String reason,
        @Schema(maxLength = 4000, description = "Réponse lue par l'adhérent dans Suivi (avec DONE seulement).")
        String answer) {
}
