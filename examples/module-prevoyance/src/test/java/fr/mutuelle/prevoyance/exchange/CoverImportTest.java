package fr.mutuelle.prevoyance.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.mutuelle.prevoyance.cover.Cover;
import jakarta.json.Json;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.mutualportal.api.exchange.JsonRecord;

/** Reading a cover with the API's record reader: every problem is reported by field, in French. */
class CoverImportTest {

    private final CoverImport covers = new CoverImport();

    @Test
    void readsAValidCover() {
        JsonRecord record = JsonRecord.of(Json.createObjectBuilder().add("externalId", "P-1").add("membership", "A-1")
                .add("kind", "DEATH_CAPITAL").add("label", "Capital décès").add("amount", "30000.00")
                .add("startDate", "2026-01-01").build());

        CoverRecord cover = covers.read(record);

        assertNotNull(cover);
        assertEquals(Cover.Kind.DEATH_CAPITAL, cover.kind());
        assertEquals(new BigDecimal("30000.00"), cover.amount());
    }

    @Test
    void refusesANegativeAmountAndAnEndBeforeTheStart() {
        JsonRecord record = JsonRecord.of(Json.createObjectBuilder().add("externalId", "P-1").add("membership", "A-1")
                .add("kind", "DEATH_CAPITAL").add("label", "Capital décès").add("amount", "-1")
                .add("startDate", "2026-01-01").add("endDate", "2025-12-31").build());

        assertNull(covers.read(record));
        assertTrue(record.problems().stream().anyMatch(p -> p.field().equals("amount")
                && p.message().equals("Le montant ne peut pas être négatif.")), record.problems().toString());
        assertTrue(record.problems().stream().anyMatch(p -> p.field().equals("endDate")), record.problems().toString());
    }
}
