package org.mutualportal.api.exchange;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an import call did with its batch. When {@code applied}, every record received is counted once:
 * {@code received = created + updated + unchanged + rejectedRecords}. A replayed batch reports its records as
 * {@code unchanged}. When an atomic batch is refused, nothing was written and only the rejections count.
 *
 * @param received records received
 * @param created records created
 * @param updated existing records changed
 * @param unchanged records identical to what the portal had
 * @param rejectedRecords records refused
 * @param rejected the rejections, one per field at fault (the first {@value #MAX_LISTED})
 * @param applied false when an atomic batch was refused: nothing written
 * @param run the import run's number administrators see
 * @since 1.0
 */
@Schema(name = "BatchReport", description = "Compte rendu d'un lot importé.")
public record BatchReport(
        @Schema(description = "Enregistrements reçus.", example = "3") int received,
        @Schema(description = "Enregistrements créés.", example = "1") int created,
        @Schema(description = "Enregistrements existants modifiés.", example = "0") int updated,
        @Schema(description = "Enregistrements identiques à ce que le portail avait déjà (rien n'est réécrit).",
                example = "1") int unchanged,
        @Schema(description = "Enregistrements refusés (chacun peut avoir plusieurs rejets).", example = "1")
        int rejectedRecords,
        @Schema(type = SchemaType.ARRAY, implementation = Rejection.class, description = "Rejets, un par champ en cause (au plus 1 000 listés).") List<Rejection> rejected,
        @Schema(description = "Faux quand un lot atomique a été refusé : rien n'a été écrit.") boolean applied,
        @Schema(type = SchemaType.INTEGER, format = "int64", description = "Numéro de l'exécution, visible des administrateurs (Administration → Imports).",
                example = "42") long run) {

    /** Rejections listed in the answer and kept for the admin page; the counts stay exact beyond it. */
    public static final int MAX_LISTED = 1000;
}
