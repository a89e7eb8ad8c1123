package org.mutualportal.faq.staff;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mutualportal.core.validation.PortalValidation;
import org.mutualportal.faq.content.FaqQuestion;

/**
 * The editor form's constraints and their French messages, with the factory the portal gives Faces and the
 * view's locale, as Faces validates each input against its property.
 */
class QuestionFormTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void factory() {
        factory = PortalValidation.build(QuestionFormTest.class.getClassLoader());
        MessageInterpolator portal = factory.getMessageInterpolator();
        // Faces interpolates in the view's locale (fr_FR), whatever the JVM's default.
        validator = factory.usingContext().messageInterpolator(new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return portal.interpolate(template, context, Locale.FRANCE);
            }

            @Override
            public String interpolate(String template, Context context, Locale locale) {
                return portal.interpolate(template, context, locale);
            }
        }).getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void aCompleteFormPasses() {
        assertThat(messages("themeId", 4L)).isEmpty();
        assertThat(messages("question", "Comment fonctionne le tiers payant ?")).isEmpty();
        assertThat(messages("question", "q".repeat(FaqQuestion.QUESTION_MAX))).isEmpty();
        assertThat(messages("answer", "<p>Oui, <strong>chaque mois</strong>.</p>")).isEmpty();
    }

    @Test
    void theThemeAndTheQuestionAreRequiredAndTheQuestionFitsItsColumn() {
        assertThat(messages("themeId", null)).containsExactly("Choisissez un thème.");
        assertThat(messages("question", null)).containsExactly("Saisissez la question.");
        assertThat(messages("question", "  ")).containsExactly("Saisissez la question.");
        assertThat(messages("question", "q".repeat(FaqQuestion.QUESTION_MAX + 1)))
                .containsExactly("La question ne peut pas dépasser 300 caractères.");
    }

    @Test
    void anAnswerIsJudgedOnWhatTheAllowListKeeps() {
        assertThat(messages("answer", null)).containsExactly("Saisissez la réponse.");
        assertThat(messages("answer", "<p><br></p><p><br></p>")).as("empty lines of the editor")
                .containsExactly("Saisissez la réponse.");
        assertThat(messages("answer", "<p style=\"color: red\"><u> </u></p>"))
                .containsExactly("La réponse ne contient plus aucun texte une fois retirés les éléments non autorisés.");
        String listItem = "<li data-list=\"bullet\"><span class=\"ql-ui\" contenteditable=\"false\"></span>mot</li>";
        assertThat(messages("answer", "<ol>" + listItem.repeat(1_000) + "</ol>"))
                .as("the editor's list markup is longer than what is stored").isEmpty();
        assertThat(messages("answer", "<p>" + "a".repeat(FaqQuestion.ANSWER_MAX) + "</p>"))
                .containsExactly("La réponse ne peut pas dépasser 20\u202f000 caractères.");
    }

    private static Set<String> messages(String property, Object value) {
        return validator.validateValue(QuestionForm.class, property, value).stream()
                .map(ConstraintViolation::getMessage).collect(Collectors.toSet());
    }
}
