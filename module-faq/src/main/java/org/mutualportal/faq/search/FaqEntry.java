package org.mutualportal.faq.search;

import java.io.Serializable;

/**
 * A question ready for the page: its text and answer as safe HTML (placeholders replaced, matches marked).
 *
 * @param id the question's id (feedback)
 * @param questionHtml the question, escaped, with its matches marked
 * @param answerHtml the sanitized answer, with its matches marked
 * @param open whether the answer is shown unfolded (it matched a search)
 */
public record FaqEntry(long id, String questionHtml, String answerHtml, boolean open) implements Serializable {
}
