package org.mutualportal.api.exchange;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A record of a batch that was not imported, and why: its position in the batch, the field at fault (a path
 * such as {@code lines[1].baseAmount}; empty for the record as a whole) and a French message. A record with
 * several problems has several rejections, so that the management system can correct them all at once.
 *
 * @param index the record's position in the batch, from 0
 * @param field the field at fault, empty for the whole record
 * @param message French
 * @since 1.0
 */
@Schema(name = "Rejection", description = "Un enregistrement refusé et la raison du refus.")
public record Rejection(
        @Schema(description = "Position de l'enregistrement dans le lot, à partir de 0.", example = "3") int index,
        @Schema(description = "Champ en cause (chemin), vide pour l'enregistrement entier.", example = "lines[1].baseAmount")
        String field,
        @Schema(description = "Message en français.", example = "Champ obligatoire.") String message) {
}
