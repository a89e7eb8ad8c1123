package org.mutualportal.faq.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mutualportal.faq.content.Placeholders;

class FaqRenderingTest {

    private static final Placeholders VALUES = new Placeholders(Map.of("child-age-limit", "20", "mutual-name", "Mutuelle <Test> & Cie"));
    private static final String ANSWER = "<p>Votre enfant reste sur votre contrat <strong>jusqu'à ses [[child-age-limit]] ans</strong>."
            + " Voir <a href=\"https://www.ameli.fr/enfant\">ameli</a>.</p><ul><li>Carte de [[mutual-name]]</li></ul>";

    @Test
    void withoutSearchTheAnswerIsShownWholeAndFoldedWithItsPlaceholdersReplaced() {
        FaqEntry entry = FaqSearch.render(7, "Jusqu'à quel âge ?", ANSWER, VALUES, SearchTerms.parse(""));

        assertThat(entry.open()).isFalse();
        assertThat(entry.answerHtml()).contains("jusqu'à ses 20 ans", "Carte de Mutuelle &lt;Test&gt; &amp; Cie")
                .doesNotContain("<mark>", "[[");
        assertThat(entry.questionHtml()).isEqualTo("Jusqu'à quel âge ?");
    }

    @Test
    void matchesAreMarkedInTextOnlyAndTheMarkupStaysWellFormed() {
        FaqEntry entry = FaqSearch.render(7, "Jusqu'à quel ÂGE garder mon enfant ?", ANSWER, VALUES, SearchTerms.parse("age ENFANT 20"));

        assertThat(entry.open()).isTrue();
        assertThat(entry.questionHtml()).isEqualTo("Jusqu'à quel <mark>ÂGE</mark> garder mon <mark>enfant</mark> ?");
        assertThat(entry.answerHtml())
                .contains("Votre <mark>enfant</mark> reste", "<strong>jusqu'à ses <mark>20</mark> ans</strong>")
                .contains("<a href=\"https://www.ameli.fr/enfant\" rel=\"noopener\">ameli</a>");
        Document reparsed = Jsoup.parseBodyFragment(entry.answerHtml());
        reparsed.outputSettings().prettyPrint(false);
        assertThat(reparsed.body().html()).as("parses back to the same tree").isEqualTo(entry.answerHtml());
    }

    @Test
    void aQuestionThatDoesNotMatchEveryTermIsLeftOut() {
        assertThat(FaqSearch.render(7, "Jusqu'à quel âge ?", ANSWER, VALUES, SearchTerms.parse("enfant voyage"))).isNull();
        assertThat(FaqSearch.render(7, "Jusqu'à quel âge ?", ANSWER, VALUES, SearchTerms.parse("mutuelle test"))).isNotNull();
    }

    @Test
    void theQueryNeverReachesTheMarkup() {
        FaqEntry entry = FaqSearch.render(7, "<b>Âge</b> limite", ANSWER, VALUES, SearchTerms.parse("<b>âge</b>"));

        assertThat(entry.questionHtml()).isEqualTo("&lt;b&gt;<mark>Âge</mark>&lt;/b&gt; limite");
        assertThat(entry.answerHtml()).doesNotContain("<script", "alert");
    }

    @Test
    void whatWasStoredIsSanitizedAgainBeforeItIsShown() {
        FaqEntry entry = FaqSearch.render(7, "Q", "<p onclick=\"steal()\">Texte<script>steal()</script></p>", VALUES,
                SearchTerms.parse(""));

        assertThat(entry.answerHtml()).isEqualTo("<p>Texte</p>");
    }
}
