package org.mutualportal.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DownloadsTest {

    @Test
    void plainNamesStayPlain() {
        assertThat(Downloads.disposition("releves-12-mois.pdf")).isEqualTo("attachment; filename=\"releves-12-mois.pdf\"");
    }

    @Test
    void accentedNamesGetAnAsciiFallbackAndTheExactName() {
        assertThat(Downloads.disposition("pièce jointe été.pdf")).isEqualTo(
                "attachment; filename=\"piece jointe ete.pdf\"; filename*=UTF-8''pi%C3%A8ce%20jointe%20%C3%A9t%C3%A9.pdf");
    }

    @Test
    void quotesCannotBreakTheHeader() {
        assertThat(Downloads.disposition("a\"b.pdf")).startsWith("attachment; filename=\"a_b.pdf\"; filename*=UTF-8''a%22b.pdf");
    }
}
