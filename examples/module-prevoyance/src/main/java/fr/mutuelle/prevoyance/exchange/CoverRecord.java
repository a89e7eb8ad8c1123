package fr.mutuelle.prevoyance.exchange;

import fr.mutuelle.prevoyance.cover.Cover;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One cover as the management system sends it. */
@Schema(name = "PrevoyanceCover", description = "Une garantie de prévoyance d'une adhésion (module prevoyance).")
public record CoverRecord(
        @Schema(required = true, maxLength = 64, example = "GES-PREV-000123-1") String externalId,
        @Schema(required = true, maxLength = 64, description = "externalId de l'adhésion.", example = "GES-ADS-000123-1")
        String membership,
        @Schema(required = true) Cover.Kind kind,
        @Schema(required = true, maxLength = 120, example = "Capital décès toutes causes") String label,
        @Schema(required = true, description = "Capital, ou montant par jour ou par an, en euros.", example = "30000.00")
        BigDecimal amount,
        @Schema(type = SchemaType.STRING, format = "date", required = true, example = "2026-01-01") LocalDate startDate,
        @Schema(type = SchemaType.STRING, format = "date", example = "2026-12-31") LocalDate endDate) {
}
