package org.mutualportal.core.exchange;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a request stands after an acknowledgement or a status change, and whether the call changed anything. */
@Schema(name = "RequestState", description = "État d'une demande après l'appel.")
public record StatusResult(
        @Schema(type = SchemaType.INTEGER, format = "int64", example = "1587") long id,
        @Schema(example = "DONE", enumeration = {"SENT", "IN_PROGRESS", "DONE", "CANCELLED"}) String status,
        @Schema(description = "Faux quand l'appel ne changeait rien (rejoué).") boolean changed) {
}
