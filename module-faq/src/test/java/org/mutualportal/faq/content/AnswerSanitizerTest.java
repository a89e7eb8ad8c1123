package org.mutualportal.faq.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerSanitizerTest {

    @Test
    void scriptsEventHandlersStylesAndScriptLinksAreRemoved() {
        AnswerSanitizer.Cleaned cleaned = AnswerSanitizer.clean("""
                <p onclick="steal()" style="color:red">Bonjour<script>steal()</script></p>
                <a href="javascript:steal()">lien</a> <a href=" JaVaScRiPt:steal()">autre</a>
                <img src="x" onerror="steal()"><iframe src="https://evil.example"></iframe>
                <svg onload="steal()"></svg>""");

        assertThat(cleaned.removedSomething()).isTrue();
        assertThat(cleaned.html()).contains("<p>Bonjour</p>", "lien", "autre")
                .doesNotContainIgnoringCase("script").doesNotContain("steal", "onclick", "onerror", "style", "<img",
                        "<iframe", "<svg", "href");
    }

    @Test
    void simpleStructureAndWebAndMailLinksStayWithNoopener() {
        String html = "<h3>Titre</h3><p>Un <strong>mot</strong>, un <em>autre</em><br>"
                + "<a href=\"https://www.ameli.fr/\">ameli</a> <a href=\"mailto:contact@mutuelle.example\">écrire</a></p>"
                + "<ol><li>un</li></ol><ul><li>deux</li></ul><h4>Sous-titre</h4>";

        AnswerSanitizer.Cleaned cleaned = AnswerSanitizer.clean(html);

        assertThat(cleaned.removedSomething()).isFalse();
        assertThat(cleaned.html()).isEqualTo("<h3>Titre</h3><p>Un <strong>mot</strong>, un <em>autre</em><br>"
                + "<a href=\"https://www.ameli.fr/\" rel=\"noopener\">ameli</a> "
                + "<a href=\"mailto:contact@mutuelle.example\" rel=\"noopener\">écrire</a></p>"
                + "<ol><li>un</li></ol><ul><li>deux</li></ul><h4>Sous-titre</h4>");
    }

    @Test
    void pastedBoldAndItalicBecomeStrongAndEmphasis() {
        assertThat(AnswerSanitizer.sanitize("<p><b>gras</b> <i>italique</i></p>"))
                .isEqualTo("<p><strong>gras</strong> <em>italique</em></p>");
    }

    @Test
    void anAnswerWithNothingButForbiddenMarkupIsEmpty() {
        assertThat(AnswerSanitizer.clean("<script>alert(1)</script><p></p>").isEmpty()).isTrue();
        assertThat(AnswerSanitizer.clean("   ").isEmpty()).isTrue();
        assertThat(AnswerSanitizer.clean("<p>ok</p>").isEmpty()).isFalse();
    }

    @Test
    void apostrophesAndAccentsStayReadableForTheNextEdit() {
        assertThat(AnswerSanitizer.sanitize("<p>L'Assurance Maladie rembourse 70 % — « base » & co</p>"))
                .isEqualTo("<p>L'Assurance Maladie rembourse 70 % — « base » &amp; co</p>");
    }
}
