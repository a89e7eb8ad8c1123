package org.mutualportal.api.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrenchCsvTest {

    @Test
    void opensInAFrenchSpreadsheetAndRunsNoFormula() {
        String csv = new FrenchCsv().row("Identité").row("Nom", "Adresse")
                .row("Leroy", "12 rue Paradis; 13001 Marseille")
                .row("=HYPERLINK(\"x\")", "a\"b")
                .row("-12,50", "-cmd").toString();

        assertThat(csv).startsWith("\uFEFFIdentité\r\nNom;Adresse\r\n");
        assertThat(csv).contains("Leroy;\"12 rue Paradis; 13001 Marseille\"\r\n");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\";\"a\"\"b\"\r\n");
        assertThat(csv).contains("-12,50;'-cmd\r\n");
    }
}
