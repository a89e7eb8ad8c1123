package org.mutualportal.account.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutualportal.core.spi.PersonalData.DataSection;

class DataExportTest {

    @Test
    void csvOpensInAFrenchSpreadsheetAndRunsNoFormula() {
        String csv = new DataExport().csv(List.of(new DataSection("identity", "Identité", List.of("Nom", "Adresse"),
                List.of(List.of("Leroy", "12 rue Paradis; 13001 Marseille"), List.of("=HYPERLINK(\"x\")", "a\"b")))));

        assertThat(csv).startsWith("\uFEFFIdentité\r\nNom;Adresse\r\n");
        assertThat(csv).contains("Leroy;\"12 rue Paradis; 13001 Marseille\"\r\n");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\";\"a\"\"b\"\r\n");
    }
}
