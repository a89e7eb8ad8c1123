package org.mutualportal.faq.staff;

/**
 * What the staff editor submits.
 *
 * @param themeId the theme to file the question under
 * @param question the question, plain text
 * @param answerHtml the answer as typed: the service sanitizes it
 * @param published whether readers see it
 */
public record QuestionDraft(long themeId, String question, String answerHtml, boolean published) {
}
