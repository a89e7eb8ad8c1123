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
        AnswerSanitizer.Cleaned cleaned = AnswerSanitizer.clean("<p><b>gras</b> <i>italique</i></p>");

        assertThat(cleaned.html()).isEqualTo("<p><strong>gras</strong> <em>italique</em></p>");
        assertThat(cleaned.removedSomething()).as("renamed, not removed").isFalse();
        assertThat(AnswerSanitizer.clean("<p><b onclick=\"steal()\">gras</b></p>"))
                .isEqualTo(new AnswerSanitizer.Cleaned("<p><strong>gras</strong></p>", true));
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

    // --- What the rich-text editor (Quill 2 in p:textEditor) posts ------------------------------------------

    /** Quill writes every list as an {@code <ol>}, with the kind on each item and an empty marker span. */
    private static final String QUILL_LISTS = "<p>Pièces à fournir :</p>"
            + "<ol><li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span>la facture</li>"
            + "<li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span>le <strong>décompte</strong></li>"
            + "<li data-list=\"ordered\"><span class=\"ql-ui\" contenteditable=\"false\"></span>envoyer</li>"
            + "<li data-list=\"ordered\"><span class=\"ql-ui\" contenteditable=\"false\"></span>attendre</li></ol>";

    @Test
    void quillBulletAndNumberedItemsBecomeRealListsWithoutTellingTheAuthorAnythingWasRemoved() {
        AnswerSanitizer.Cleaned cleaned = AnswerSanitizer.clean(QUILL_LISTS);

        assertThat(cleaned.html()).isEqualTo("<p>Pièces à fournir :</p>"
                + "<ul><li>la facture</li><li>le <strong>décompte</strong></li></ul>"
                + "<ol><li>envoyer</li><li>attendre</li></ol>");
        assertThat(cleaned.removedSomething()).as("editor plumbing is not the author's content").isFalse();
    }

    @Test
    void quillIndentedItemsNestInsideTheItemAbove() {
        String html = "<ol><li data-list=\"bullet\">un</li>"
                + "<li data-list=\"ordered\" class=\"ql-indent-1\">un.1</li>"
                + "<li data-list=\"ordered\" class=\"ql-indent-1\">un.2</li>"
                + "<li data-list=\"bullet\">deux</li></ol>";

        assertThat(AnswerSanitizer.sanitize(html))
                .isEqualTo("<ul><li>un<ol><li>un.1</li><li>un.2</li></ol></li><li>deux</li></ul>");
    }

    @Test
    void quillListsTwoLevelsDeepComeBackUpAndChangeKindAtTheSameLevel() {
        String html = "<ol><li data-list=\"ordered\">un</li>"
                + "<li data-list=\"bullet\" class=\"ql-indent-1\">a</li>"
                + "<li data-list=\"bullet\" class=\"ql-indent-2\">a.i</li>"
                + "<li data-list=\"ordered\" class=\"ql-indent-1\">b</li>"
                + "<li data-list=\"ordered\">deux</li>"
                + "<li data-list=\"bullet\">puce</li></ol><p>fin</p>";

        assertThat(AnswerSanitizer.clean(html)).isEqualTo(new AnswerSanitizer.Cleaned(
                "<ol><li>un<ul><li>a<ul><li>a.i</li></ul></li></ul><ol><li>b</li></ol></li><li>deux</li></ol>"
                        + "<ul><li>puce</li></ul><p>fin</p>", false));
    }

    @Test
    void anAnswerOfTheSeedReadBackFromTheEditorHasTheSameContentThoughItsLineBreaksAreGone() {
        String seeded = "<p>Communiquez-nous votre nouvelle adresse :</p>\n<ul>\n"
                + "<li>rubrique <strong>Mon compte</strong> ;</li>\n<li>rubrique <strong>Santé &gt; Mon RIB</strong>.</li>\n"
                + "</ul>\n<p>Le nouveau montant vous est indiqué.</p>";
        String fromEditor = "<p>Communiquez-nous votre nouvelle adresse :</p><ol>"
                + "<li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span>rubrique <strong>Mon compte</strong> ;</li>"
                + "<li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span>rubrique <strong>Santé &gt; Mon RIB</strong>.</li>"
                + "</ol><p>Le nouveau montant vous est indiqué.</p>";

        assertThat(AnswerSanitizer.clean(fromEditor).removedSomething()).isFalse();
        assertThat(AnswerSanitizer.sameContent(seeded, fromEditor)).isTrue();
        assertThat(AnswerSanitizer.sameContent(seeded, fromEditor.replace("Mon compte", "Mon espace"))).isFalse();
        assertThat(AnswerSanitizer.sameContent(seeded, fromEditor.replace("<strong>Mon compte</strong>", "Mon compte")))
                .as("markup counts").isFalse();
        assertThat(AnswerSanitizer.sameContent("<p>un</p>\n<p>deux</p>", "<p>un</p><p>deux</p>")).isTrue();
        assertThat(AnswerSanitizer.sameContent("<p>un deux</p>", "<p>un\ndeux</p>")).as("only between blocks").isFalse();
    }

    @Test
    void quillHeadingsBoldItalicAndLinksAsPrimeFacesPassesThemOnAreKept() {
        // The link as it reaches the bean: Quill's target and rel, plus the nofollow PrimeFaces' own sanitizer adds.
        String html = "<h3>Avant l'hospitalisation</h3><h4>Les démarches</h4>"
                + "<p><em>Pensez</em> à la <strong>prise en charge</strong> : "
                + "<a href=\"https://www.ameli.fr/\" target=\"_blank\" rel=\"nofollow noopener noreferrer\">ameli.fr</a></p>"
                + "<p class=\"ql-align-center\"><br /></p>";

        AnswerSanitizer.Cleaned cleaned = AnswerSanitizer.clean(html);

        assertThat(cleaned.html()).isEqualTo("<h3>Avant l'hospitalisation</h3><h4>Les démarches</h4>"
                + "<p><em>Pensez</em> à la <strong>prise en charge</strong> : "
                + "<a href=\"https://www.ameli.fr/\" rel=\"noopener\">ameli.fr</a></p><p><br></p>");
        assertThat(cleaned.removedSomething()).isFalse();
    }

    @Test
    void pastedHeadingsOfOtherLevelsTakeTheNearestLevelKept() {
        assertThat(AnswerSanitizer.clean("<h1>Un</h1><h2>Deux</h2><h5>Cinq</h5><h6>Six</h6>"))
                .isEqualTo(new AnswerSanitizer.Cleaned("<h3>Un</h3><h3>Deux</h3><h4>Cinq</h4><h4>Six</h4>", false));
    }

    @Test
    void whatTheEditorCannotWriteIsStillRemovedAndReported() {
        String html = "<ol><li data-list=\"bullet\" onclick=\"steal()\"><span class=\"ql-ui\">texte caché ?</span> "
                + "<a href=\"javascript:steal()\" target=\"_blank\">piège</a></li></ol>"
                + "<p style=\"color: red\" class=\"ql-size-huge important\"><u>souligné</u><img src=\"x\" onerror=\"steal()\"></p>";

        assertThat(AnswerSanitizer.clean(html)).as("only Quill's empty marker spans are dropped unseen")
                .isEqualTo(new AnswerSanitizer.Cleaned("<ul><li>texte caché ? piège</li></ul><p>souligné</p>", true));
    }
}
