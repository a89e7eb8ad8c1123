package org.mutualportal.faq.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void termsAreFoldedAndGrammaticalWordsSetAsideUnlessNothingElseWasTyped() {
        assertThat(SearchTerms.parse("Changer de MÉDECIN traitant ?").terms()).containsExactly("changer", "medecin", "traitant");
        assertThat(SearchTerms.parse("de la").terms()).containsExactly("de", "la");
        assertThat(SearchTerms.parse("l'enfant").terms()).containsExactly("enfant");
        assertThat(SearchTerms.parse("200 %").terms()).containsExactly("200");
        assertThat(SearchTerms.parse("  ").isEmpty()).isTrue();
        assertThat(SearchTerms.parse(null).isEmpty()).isTrue();
        assertThat(SearchTerms.parse("x").isEmpty()).as("a single letter searches nothing").isTrue();
    }

    @Test
    void everyTermMustStartAWord() {
        SearchTerms terms = SearchTerms.parse("enfant contrat");

        assertThat(terms.matches(Folding.text("Jusqu'à quel âge garder mon enfant sur mon contrat ?"))).isTrue();
        assertThat(terms.matches(Folding.text("Vos enfants et vos contrats"))).as("prefixes").isTrue();
        assertThat(terms.matches(Folding.text("Mon enfant"))).as("every term").isFalse();
        assertThat(SearchTerms.parse("fant").matches(Folding.text("enfant"))).as("not inside a word").isFalse();
    }

    @Test
    void highlightsCoverWholeWordsOfTheOriginalText() {
        String original = "Les Remboursements de l’Assurance Maladie remboursent";
        List<int[]> ranges = SearchTerms.parse("rembours assurance").highlights(Folding.fold(original));

        assertThat(ranges).extracting(r -> original.substring(r[0], r[1]))
                .containsExactly("Remboursements", "Assurance", "remboursent");
    }

    @Test
    void overlappingTermsGiveOneHighlight() {
        String original = "hospitalisation";
        assertThat(SearchTerms.parse("hospi hospitalisation").highlights(Folding.fold(original)))
                .hasSize(1).allSatisfy(r -> assertThat(original.substring(r[0], r[1])).isEqualTo("hospitalisation"));
    }

    @Test
    void aLongQueryIsCutAndKeepsAtMostEightTerms() {
        String longQuery = "alpha beta gamma delta epsilon zeta eta theta iota kappa " + "x".repeat(200);
        assertThat(SearchTerms.parse(longQuery).terms()).hasSize(8);
    }
}
