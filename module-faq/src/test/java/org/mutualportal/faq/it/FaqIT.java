package org.mutualportal.faq.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mutualportal.core.registry.ModuleSwitches;
import org.mutualportal.core.testing.TestMembers;
import org.mutualportal.core.testing.TestMembers.Created;
import org.mutualportal.testing.EmbeddedDatabase;
import org.mutualportal.testing.PortalDeployment;
import org.mutualportal.testing.PortalTest;
import org.mutualportal.testing.WebClient;
import org.mutualportal.testing.WebClient.Page;

/**
 * The FAQ module on Payara Micro with PostgreSQL: the seeded questions on the public and member pages, the
 * search (accents, case, highlighting, no injection), publication, the feedback counters, the staff console
 * with sanitizing and audit, and the "contactez-nous" link following the contact module's state (a stand-in
 * module with the id "contact", switched at runtime).
 */
@PortalTest
class FaqIT {

    private static final String PASSWORD = "Vacances-Ete2026";
    /** The eleven questions of the guide, theme by theme, as the migration seeds them. */
    private static final List<String> SEEDED = List.of(
            "À quoi sert l'espace adhérent ?",
            "Je vais déménager, que dois-je faire ?",
            "Puis-je changer de médecin traitant ?",
            "Que se passe-t-il si je consulte un spécialiste sans passer par mon médecin traitant ?",
            "Nous allons avoir un nouvel enfant, que devons-nous faire vis-à-vis de notre mutuelle ?",
            "Comment rattacher de nouveaux bénéficiaires (conjoint, enfants) sur mon contrat ?",
            "Jusqu'à quel âge puis-je garder mon enfant sur mon contrat ?",
            "Sur les tableaux de prestations, comment lire les pourcentages 100 %, 200 %, 300 % ?",
            "Comment fonctionne le tiers payant ?",
            "Je vais être hospitalisé dans quelques jours, quelles sont les démarches à faire ?",
            "Lors d'un voyage à l'étranger, y a-t-il des précautions à prendre en termes de couverture santé ?");

    @Deployment
    static WebArchive deployment() {
        JavaArchive fakeContact = ShrinkWrap.create(JavaArchive.class, "module-contact.jar")
                .addClass(FakeContactModule.class)
                .addAsManifestResource("fake-contact/META-INF/beans.xml", "beans.xml");
        return PortalDeployment.module()
                .withLibrary(fakeContact)
                .withClasses(TestMembers.class, TestMembers.Created.class)
                .withConfig("portal.faq.child-age-limit", "21")
                // Staff sign in without the e-mailed code in these tests.
                .withConfig("portal.login.otp.roles", "ADMIN")
                .build();
    }

    @ArquillianResource
    URL base;

    @Inject
    ModuleSwitches switches;

    // --- Reading -------------------------------------------------------------------------------------------

    @Test
    @RunAsClient
    void anyoneReadsTheGuidesQuestionsByThemeWithTheContractValuesOfTheConfiguration() {
        Page landing = client().get("");
        Page faq = client().open(landing.html().select("a:contains(Questions fréquentes)").attr("href"));

        assertThat(faq.status()).isEqualTo(200);
        assertThat(faq.uri().getPath()).endsWith("/public/faq/index.xhtml");
        assertThat(client().get("login.xhtml").html().select("a:contains(Questions fréquentes)")).hasSize(1);
        assertThat(faq.html().select("h1, h2").eachText()).as("the guide's headings")
                .containsSubsequence("Foire aux questions", "Questions / Réponses");
        assertThat(faq.html().select(".faq-theme h3").eachText()).containsExactly("Votre espace adhérent",
                "Parcours de soins", "Votre famille et vos bénéficiaires", "Vos remboursements", "Hospitalisation et voyages");
        assertThat(summaries(faq)).filteredOn(SEEDED::contains).containsExactlyElementsOf(SEEDED);
        assertThat(faq.html().select("details.faq-item[open]")).as("folded until searched").isEmpty();
        Element age = item(faq, "Jusqu'à quel âge puis-je garder mon enfant sur mon contrat ?");
        assertThat(age.select(".faq-answer").text()).contains("jusqu'à ses 21 ans", "jusqu'à ses 28 ans");
        assertThat(item(faq, "Je vais être hospitalisé dans quelques jours, quelles sont les démarches à faire ?")
                .select(".faq-answer").text()).contains("forfait journalier hospitalier", "chambre particulière");
        assertThat(faq.text()).doesNotContain("[[", "]]").contains("Mutuelle de Marseille Métropole");
        assertThat(faq.html().select("label[for='faq:q']").text()).isEqualTo("Rechercher dans la FAQ");
        assertThat(faq.html().select("[role=status][aria-live=polite] [id='faq:count']")).hasSize(1);
    }

    @Test
    @RunAsClient
    void membersFindTheSameFaqUnderSuivi() {
        WebClient member = memberClient("Fabre", "Lina");

        Page home = member.get("home.xhtml");
        assertThat(home.html().select("#toolbar-FOLLOW_UP a").eachText()).contains("Foire aux questions (FAQ)");
        Page faq = member.get("faq/index.xhtml");

        assertThat(faq.status()).isEqualTo(200);
        assertThat(summaries(faq)).containsAll(SEEDED);
        assertThat(faq.html().select("#qa-title").text()).isEqualTo("Questions / Réponses");
        assertThat(faq.html().select(".toolbar")).as("inside the member space").isNotEmpty();
        assertThat(client().get("faq/index.xhtml").status()).as("the member page needs a sign-in").isEqualTo(302);
    }

    // --- Search --------------------------------------------------------------------------------------------

    @Test
    @RunAsClient
    void theSearchIgnoresAccentsAndCaseShowsOnlyMatchingQuestionsOpenAndMarksTheWords() {
        Page found = client().get("public/faq/index.xhtml?q=MEDECIN%20traitant");

        assertThat(summaries(found)).filteredOn(SEEDED::contains).containsExactly(
                "Je vais déménager, que dois-je faire ?",
                "Puis-je changer de médecin traitant ?",
                "Que se passe-t-il si je consulte un spécialiste sans passer par mon médecin traitant ?");
        assertThat(found.html().select("[id='faq:count']").text())
                .isEqualTo("3 questions correspondent à « MEDECIN traitant ».");
        assertThat(found.html().select("details.faq-item").eachAttr("open")).containsOnly("open");
        Element question = item(found, "Puis-je changer de médecin traitant ?");
        assertThat(question.select("summary mark").eachText()).containsExactly("médecin", "traitant");
        assertThat(question.select(".faq-answer mark").eachText()).contains("médecin", "traitant");
        assertThat(question.select(".faq-answer strong").first().text()).as("markup intact").isEqualTo("Oui, à tout moment");

        Page none = client().get("public/faq/index.xhtml?q=xylophone");
        assertThat(none.html().select("details.faq-item")).isEmpty();
        assertThat(none.html().select("[id='faq:count']").text()).isEqualTo("Aucune question ne correspond à « xylophone ».");
    }

    @Test
    @RunAsClient
    void typingASearchAnswersByAjaxWithoutReloadingThePage() {
        Page faq = client().get("public/faq/index.xhtml");

        Page answer = faq.form("faq").set("faq:q", "Tiers PAYANT").ajax("faq:go", "faq:go faq:q", "faq:count faq:results");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("<partial-response", "3 questions correspondent à « Tiers PAYANT ».")
                .contains("Comment fonctionne le <mark>tiers</mark> <mark>payant</mark> ?")
                .doesNotContain("Puis-je changer de médecin traitant ?");
    }

    @Test
    @RunAsClient
    void aSearchCannotInjectMarkup() {
        Page page = client().get("public/faq/index.xhtml?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%20%3Cb%3Eenfant");

        assertThat(page.body()).doesNotContain("<script>alert(1)").doesNotContain("<b>enfant");
        assertThat(page.html().select("[id='faq:count']").text()).contains("« <script>alert(1)</script> <b>enfant »");
        assertThat(page.html().select("mark b, b")).isEmpty();
        Page tooLong = client().get("public/faq/index.xhtml?q=" + "enfant%20".repeat(60));
        assertThat(tooLong.status()).isEqualTo(200);
        assertThat(summaries(tooLong)).as("a long query is cut, not refused")
                .contains("Jusqu'à quel âge puis-je garder mon enfant sur mon contrat ?");
    }

    // --- Feedback ------------------------------------------------------------------------------------------

    @Test
    @RunAsClient
    void eachSessionCountsOneVotePerQuestion() {
        long id = publishedQuestion("Question de vote " + UUID.randomUUID());
        WebClient reader = client();
        Page faq = reader.get("public/faq/index.xhtml");

        Page yes = vote(faq, id, "yes");
        assertThat(yes.body()).contains("Merci pour votre réponse.");
        vote(faq, id, "yes");
        vote(reader.get("public/faq/index.xhtml"), id, "no");
        assertThat(reader.get("public/faq/index.xhtml").html().select("details[data-question=" + id + "] .faq-feedback").text())
                .isEqualTo("Merci pour votre réponse.");
        vote(client().get("public/faq/index.xhtml"), id, "no");

        assertThat(members().count("select helpful_yes from faq_question where id = ?", id)).isOne();
        assertThat(members().count("select helpful_no from faq_question where id = ?", id)).isOne();
    }

    // --- Staff ---------------------------------------------------------------------------------------------

    @Test
    @RunAsClient
    void staffWriteAQuestionWhoseScriptsAreRemovedAndPublishItWhenReady() {
        String login = staffAccount();
        WebClient staff = signedIn(login);
        String title = "Puis-je payer ma cotisation par prélèvement " + UUID.randomUUID() + " ?";
        Page editor = staff.get("faq/staff/edit.xhtml");
        assertThat(editor.html().select("textarea")).as("a rich-text editor, not raw HTML").isEmpty();
        assertThat(editor.html().select("input[type=hidden][name='question:answer_input']")).hasSize(1);
        assertThat(editor.html().select("[id='question:answer_toolbar'] button").eachAttr("aria-label"))
                .containsExactly("Gras", "Italique", "Liste numérotée", "Liste à puces", "Lien");
        assertThat(editor.html().select("[id='question:answer_toolbar'] select.ql-header option"))
                .extracting(o -> o.attr("value"), Element::text)
                .containsExactly(tuple("3", "Intertitre"), tuple("4", "Sous-intertitre"), tuple("", "Texte normal"));
        assertThat(editor.body()).as("Quill limited to the toolbar's formats")
                .contains("formats:[\"header\",\"bold\",\"italic\",\"list\",\"indent\",\"link\"]");

        // What a forged post would hold. PrimeFaces' component drops scripts and handlers itself; the underline
        // is what the portal's stricter allow-list removes after it, and the author is told.
        Page saved = staff.follow(editor.form("question")
                .set("question:theme", "4")
                .set("question:text", title)
                .set("question:answer_input", "<p onclick=\"steal()\">Oui, <b>chaque mois</b>.<script>steal()</script> "
                        + "<a href=\"javascript:steal()\">piège</a> <a href=\"https://www.service-public.fr/\" onmouseover=\"steal()\">"
                        + "service-public.fr</a> <u>souligné</u></p>")
                .submit("question:save"));

        assertThat(saved.uri().getPath()).endsWith("/faq/staff/index.xhtml");
        assertThat(saved.text()).contains("Des éléments non autorisés ont été retirés de la réponse.");
        long id = members().count("select id from faq_question where question = ?", title);
        String stored = members().text("select answer_html from faq_question where id = ?", id);
        assertThat(stored).isEqualTo("<p>Oui, <strong>chaque mois</strong>. piège "
                + "<a href=\"https://www.service-public.fr/\" rel=\"noopener\">service-public.fr</a> souligné</p>");
        Element row = saved.html().selectFirst("tr[data-question=" + id + "]");
        assertThat(row.text()).contains(title, "Non publiée", "0 oui, 0 non");

        assertThat(summaries(client().get("public/faq/index.xhtml"))).as("not published yet").doesNotContain(title);
        assertThat(summaries(client().get("public/faq/index.xhtml?q=prelevement"))).doesNotContain(title);

        Page published = saved.form("list").submit(row.selectFirst("button[id$=':publish']").attr("name"));
        assertThat(published.text()).contains("La question est publiée.");
        Page faq = client().get("public/faq/index.xhtml?q=PRELEVEMENT");
        assertThat(summaries(faq)).containsExactly(title);
        assertThat(faq.html().select("details[data-question=" + id + "] .faq-answer").html())
                .doesNotContain("steal", "script", "javascript", "onclick", "onmouseover");

        Page unpublished = published.form("list").submit(published.html()
                .selectFirst("tr[data-question=" + id + "] button[id$=':unpublish']").attr("name"));
        assertThat(unpublished.html().selectFirst("tr[data-question=" + id + "]").text()).contains("Non publiée");
        assertThat(summaries(client().get("public/faq/index.xhtml"))).doesNotContain(title);

        for (String action : List.of("FAQ_QUESTION_CREATED", "FAQ_QUESTION_PUBLISHED", "FAQ_QUESTION_UNPUBLISHED")) {
            assertThat(audited(action, id, login)).as(action).isOne();
        }
    }

    @Test
    @RunAsClient
    void aBulletListWrittenInTheEditorIsAListOfBulletsOnThePublicPage() {
        WebClient staff = signedIn(staffAccount());
        String title = "Quels justificatifs " + UUID.randomUUID() + " ?";
        // The editor's hidden field as Quill 2 fills it: every list an <ol>, the kind on each item.
        String quill = "<p>Envoyez <strong>la facture</strong> et :</p><ol>"
                + "<li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span>le décompte</li>"
                + "<li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span>l'ordonnance</li>"
                + "<li data-list=\"ordered\"><span class=\"ql-ui\" contenteditable=\"false\"></span>puis attendez</li></ol>"
                + "<h3>Délais</h3><p><em>Quinze jours</em>, voir <a href=\"https://www.ameli.fr/\" rel=\"noopener noreferrer\" "
                + "target=\"_blank\">ameli.fr</a>.</p>";

        Page saved = staff.follow(staff.get("faq/staff/edit.xhtml").form("question")
                .set("question:theme", "4").set("question:text", title).set("question:published", "true")
                .set("question:answer_input", quill).submit("question:save"));

        assertThat(saved.text()).contains("La question est enregistrée.").doesNotContain("éléments non autorisés");
        long id = members().count("select id from faq_question where question = ?", title);
        assertThat(members().text("select answer_html from faq_question where id = ?", id)).isEqualTo(
                "<p>Envoyez <strong>la facture</strong> et :</p><ul><li>le décompte</li><li>l'ordonnance</li></ul>"
                        + "<ol><li>puis attendez</li></ol><h3>Délais</h3><p><em>Quinze jours</em>, voir "
                        + "<a href=\"https://www.ameli.fr/\" rel=\"noopener\">ameli.fr</a>.</p>");
        Element answer = item(client().get("public/faq/index.xhtml"), title).selectFirst(".faq-answer");
        assertThat(answer.select("ul > li").eachText()).containsExactly("le décompte", "l'ordonnance");
        assertThat(answer.select("ol > li").eachText()).containsExactly("puis attendez");
        assertThat(answer.select("h3").text()).isEqualTo("Délais");
        assertThat(answer.html()).doesNotContain("data-list", "ql-", "target");

        Page again = staff.get("faq/staff/edit.xhtml?id=" + id);
        assertThat(again.form("question").fields().get("question:answer_input")).as("reopened as stored")
                .contains("<ul><li>le décompte</li>");
    }

    @Test
    @RunAsClient
    void staffWriteBoldAndABulletListInTheEditorOfARealBrowserAndReadersSeeThem() {
        String login = staffAccount();
        String title = "Que faut-il joindre " + UUID.randomUUID() + " ?";

        // Selenium is not in the test WAR: the browser code lives in a class the container never loads.
        EditorInBrowser.writeAndPublish(URI.create(base.toString()), login, PASSWORD, title);

        long id = members().count("select id from faq_question where question = ?", title);
        assertThat(members().text("select answer_html from faq_question where id = ?", id)).isEqualTo(
                "<p>Joignez <strong>la facture acquittée</strong> et :</p>"
                        + "<ul><li>le décompte de la Sécurité sociale</li>"
                        + "<li>l'ordonnance<ul><li>l'original ou sa copie</li></ul></li></ul>");
        assertThat(audited("FAQ_QUESTION_PUBLISHED", id, login)).isOne();
    }

    @Test
    @RunAsClient
    void anAnswerOfTheSeedOpenedInTheEditorAndSavedUnchangedIsStoredAsItWas() {
        String login = staffAccount();
        long withoutScript = seedCopy("Copie sans script " + UUID.randomUUID());
        long inBrowser = seedCopy("Copie dans le navigateur " + UUID.randomUUID());
        String seeded = members().text("select answer_html from faq_question where id = ?", withoutScript);
        assertThat(seeded).as("blocks on their own lines, as the migration wrote them").contains("</p>\n<ol>\n<li>", "</ul>\n<p>");

        WebClient staff = signedIn(login);
        Page form = staff.get("faq/staff/edit.xhtml?id=" + withoutScript);
        Page saved = staff.follow(form.form("question").submit("question:save"));
        assertThat(saved.text()).contains("La question est enregistrée.").doesNotContain("éléments non autorisés");
        assertThat(members().text("select answer_html from faq_question where id = ?", withoutScript)).isEqualTo(seeded);

        EditorInBrowser.openAndSaveUnchanged(URI.create(base.toString()), login, PASSWORD, inBrowser, "Félicitations !");
        assertThat(members().text("select answer_html from faq_question where id = ?", inBrowser)).isEqualTo(seeded);
        assertThat(audited("FAQ_QUESTION_UPDATED", inBrowser, login)).isOne();
    }

    @Test
    @RunAsClient
    void staffEditAndReorderQuestionsWithinTheirThemeAndEveryChangeIsAudited() {
        String login = staffAccount();
        WebClient staff = signedIn(login);
        long id = publishedQuestion("Question à déplacer " + UUID.randomUUID());
        int before = position(id);
        String neighbour = members().text("""
                select question from faq_question where theme_id = 5 and position < ? order by position desc limit 1""", before);

        Page list = staff.get("faq/staff/index.xhtml");
        Element row = list.html().selectFirst("tr[data-question=" + id + "]");
        assertThat(row.selectFirst("button[id$=':down']").hasAttr("disabled")).as("last of its theme").isTrue();
        Page moved = list.form("list").submit(row.selectFirst("button[id$=':up']").attr("name"));
        assertThat(position(id)).isLessThan(before);
        List<String> shown = summaries(client().get("public/faq/index.xhtml"));
        String title = members().text("select question from faq_question where id = ?", id);
        assertThat(shown.indexOf(title)).as("moved above its neighbour").isLessThan(shown.indexOf(neighbour));
        moved.form("list").submit(moved.html().selectFirst("tr[data-question=" + id + "] button[id$=':down']").attr("name"));
        assertThat(position(id)).isEqualTo(before);

        Page form = staff.get("faq/staff/edit.xhtml?id=" + id);
        assertThat(form.form("question").fields()).containsEntry("question:theme", "5");
        Page rewritten = staff.follow(form.form("question").set("question:text", "Question déplacée et réécrite " + id)
                .set("question:theme", "1").set("question:published", "true").submit("question:save"));
        assertThat(rewritten.text()).contains("La question est enregistrée.");
        assertThat(members().count("select theme_id from faq_question where id = ?", id)).isOne();
        assertThat(members().text("select question from faq_question where id = ?", id))
                .isEqualTo("Question déplacée et réécrite " + id);

        assertThat(audited("FAQ_QUESTION_MOVED", id, login)).isEqualTo(2);
        assertThat(audited("FAQ_QUESTION_UPDATED", id, login)).isOne();
    }

    @Test
    @RunAsClient
    void theEditorExplainsWhatIsMissingAndRefusesToOverwriteANewerVersion() {
        String login = staffAccount();
        WebClient staff = signedIn(login);
        long id = publishedQuestion("Question en conflit " + UUID.randomUUID());

        Page empty = staff.get("faq/staff/edit.xhtml").form("question").set("question:text", " ")
                .set("question:answer_input", "<script>alert(1)</script><p><br></p><p><br></p>").submit("question:save");
        assertThat(empty.html().select(".field:has([id='question:text']) .ui-message-error").text())
                .isEqualTo("Saisissez la question.");
        assertThat(empty.html().select(".field:has([id='question:answer']) .ui-message-error").text())
                .as("empty lines of the editor are no answer").isEqualTo("Saisissez la réponse.");
        assertThat(empty.html().select("[id='question:answer_editor']").html()).doesNotContain("script", "alert");
        Page emptied = empty.form("question").set("question:text", "Une question")
                .set("question:answer_input", "<p style=\"color: red\"><u> </u></p>").submit("question:save");
        assertThat(emptied.html().select(".field:has([id='question:answer']) .ui-message-error").text())
                .contains("ne contient plus aucun texte");

        Page mine = staff.get("faq/staff/edit.xhtml?id=" + id);
        WebClient colleague = signedIn(staffAccount());
        colleague.follow(colleague.get("faq/staff/edit.xhtml?id=" + id).form("question")
                .set("question:text", "Version de ma collègue " + id).submit("question:save"));
        Page refused = mine.form("question").set("question:text", "Ma version " + id).submit("question:save");

        assertThat(refused.text()).contains("a été modifiée par quelqu'un d'autre");
        assertThat(members().text("select question from faq_question where id = ?", id)).isEqualTo("Version de ma collègue " + id);

        assertThat(staff.get("faq/staff/edit.xhtml?id=999999999").status()).isEqualTo(404);
        assertThat(staff.get("faq/staff/edit.xhtml?id=abc").status()).isEqualTo(404);
        WebClient member = memberClient("Roche", "Noa");
        assertThat(member.get("faq/staff/index.xhtml").status()).isEqualTo(403);
        assertThat(client().get("faq/staff/index.xhtml").status()).isEqualTo(302);
    }

    // --- Contact -------------------------------------------------------------------------------------------

    @Test
    void contactezNousLeadsToTheContactFormWhileThatModuleIsOnAndToThePhoneOtherwise() {
        try {
            switches.switchModule("contact", true);
            Page on = client().get("public/faq/index.xhtml");
            assertThat(on.html().select("#faq-contact-link").attr("href")).endsWith("/contact/write.xhtml");
            assertThat(on.html().select("#faq-contact").text())
                    .isEqualTo("Si néanmoins vous ne trouvez pas de réponse à votre interrogation, contactez-nous.");
            assertThat(on.html().select("#faq-contact-phone")).isEmpty();

            switches.switchModule("contact", false);
            Page off = client().get("public/faq/index.xhtml");
            assertThat(off.html().select("#faq-contact-link")).isEmpty();
            assertThat(off.html().select("#faq-contact-phone").text()).isEqualTo("04 84 90 01 69");
            assertThat(off.html().select("#faq-contact-phone").attr("href")).isEqualTo("tel:0484900169");
            assertThat(off.html().select("#faq-contact").text()).contains("du lundi au vendredi de 8h30 à 12h30");
        } finally {
            switches.switchModule("contact", true);
        }
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private WebClient client() {
        return new WebClient(URI.create(base.toString()));
    }

    private static TestMembers members() {
        return TestMembers.in(EmbeddedDatabase.dataSource());
    }

    private static List<String> summaries(Page page) {
        return page.html().select("details.faq-item > summary").eachText();
    }

    private static Element item(Page page, String question) {
        return page.html().select("details.faq-item").stream()
                .filter(d -> d.selectFirst("summary").text().equals(question)).findFirst()
                .orElseThrow(() -> new AssertionError("No question " + question));
    }

    private static Page vote(Page faq, long id, String choice) {
        Element button = faq.html().selectFirst("details[data-question=" + id + "] button[id$=':" + choice + "']");
        if (button == null) {
            return faq;
        }
        String feedback = button.id().substring(0, button.id().lastIndexOf(':')) + ":feedback";
        return faq.form("faq").ajax(button.id(), button.id(), feedback);
    }

    /** A published question at the end of "Hospitalisation et voyages", written as a migration would. */
    private static long publishedQuestion(String question) {
        members().execute("""
                insert into faq_question (theme_id, position, question, answer_html, published)
                values (5, (select coalesce(max(position), 0) + 1 from faq_question where theme_id = 5), ?,
                        '<p>Réponse de test.</p>', true)""", question);
        return members().count("select id from faq_question where question = ?", question);
    }

    /**
     * An unpublished question whose answer joins two of the seed's, as the migration wrote them: bullet lists
     * and {@code &gt;}, then a numbered list.
     */
    private static long seedCopy(String question) {
        members().execute("""
                insert into faq_question (theme_id, position, question, answer_html, published)
                select 5, (select coalesce(max(position), 0) + 1 from faq_question where theme_id = 5), ?,
                       string_agg(answer_html, E'\\n' order by theme_id), false
                from faq_question where question in (?, ?)""",
                question, "Nous allons avoir un nouvel enfant, que devons-nous faire vis-à-vis de notre mutuelle ?",
                "Je vais déménager, que dois-je faire ?");
        return members().count("select id from faq_question where question = ?", question);
    }

    private static int position(long id) {
        return (int) members().count("select position from faq_question where id = ?", id);
    }

    /** A staff account (no member behind it), signing in without a code in these tests. */
    private static String staffAccount() {
        TestMembers fixtures = members();
        Created holder = fixtures.individual("Conseil", "Faq", LocalDate.of(1980, 1, 1));
        String login = "faq-staff-" + UUID.randomUUID() + "@mutuelle.example";
        long account = fixtures.account(holder.memberId(), login, PASSWORD);
        fixtures.execute("update web_account set member_id = null, roles = 'STAFF' where id = ?", account);
        return login;
    }

    private WebClient memberClient(String lastName, String firstName) {
        Created member = members().individual(lastName, firstName, LocalDate.of(1985, 6, 1));
        String login = firstName.toLowerCase() + "-" + UUID.randomUUID() + "@example.fr";
        members().account(member.memberId(), login, PASSWORD);
        return signedIn(login);
    }

    private WebClient signedIn(String login) {
        WebClient client = client();
        client.login(login, PASSWORD);
        return client;
    }

    /** How many audit lines record this action on the question by the account signed in with this login. */
    private static long audited(String action, long questionId, String login) {
        return members().count("""
                select count(*) from audit_event e join web_account a on e.actor = 'account:' || a.id
                where e.action = ? and e.target = ? and a.login = ?""", action, "faq-question:" + questionId, login);
    }
}
