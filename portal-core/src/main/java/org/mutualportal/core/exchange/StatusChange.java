package org.mutualportal.core.exchange;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mutualportal.core.requests.RequestStatus;

/** What the management system did with a request, to show in Suivi (documentation of the PUT body). */
@Schema(name = "StatusChange", description = "Nouveau statut d'une demande dans Suivi.")
public record StatusChange(
        @Schema(required = true, description = "IN_PROGRESS (prise en charge), DONE (traitée) ou CANCELLED (annulée).",
                enumeration = {"IN_PROGRESS", "DONE", "CANCELLED"}) RequestStatus status,
        @Schema(maxLength = 4000, description = "Réponse lue par l'adhérent dans Suivi (avec DONE seulement).")
        String answer) {
}
