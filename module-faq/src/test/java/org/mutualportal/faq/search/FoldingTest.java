package org.mutualportal.faq.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldingTest {

    @Test
    void foldsCaseAccentsLigaturesApostrophesAndNoBreakSpaces() {
        assertThat(Folding.text("Cœur À l’ÉCOUTE\u00A0: Ça, Æther, Straße"))
                .isEqualTo("coeur a l'ecoute : ca, aether, strasse");
    }

    @Test
    void decomposedAccentsFoldLikeComposedOnes() {
        assertThat(Folding.text("me\u0301decin")).isEqualTo(Folding.text("médecin")).isEqualTo("medecin");
    }

    @Test
    void everyFoldedCharacterKnowsWhereItCameFrom() {
        Folding.Folded folded = Folding.fold("Œuf à l’œil");

        assertThat(folded.text()).isEqualTo("oeuf a l'oeil");
        int eye = folded.text().indexOf("oeil");
        assertThat("Œuf à l’œil".substring(folded.start(eye), folded.end(eye + 3))).isEqualTo("œil");
        assertThat("Œuf à l’œil".substring(folded.start(0), folded.end(1))).isEqualTo("Œ");
    }
}
