package org.mutualportal.faq.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.mutualportal.faq.content.FaqQuestion;
import org.mutualportal.faq.content.StorableAnswer;

/**
 * What the staff editor's form holds. Faces checks each input against its property's constraints and shows
 * the message next to the field; the question's length is the column's ({@link FaqQuestion#QUESTION_MAX}).
 */
public class QuestionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{org.mutualportal.faq.edit.theme.required}")
    private Long themeId;

    @NotBlank(message = "{org.mutualportal.faq.edit.question.required}")
    @Size(max = FaqQuestion.QUESTION_MAX, message = "{org.mutualportal.faq.edit.question.long}")
    private String question;

    @StorableAnswer
    private String answer;

    private boolean published;

    /** What the service receives; the service sanitizes the answer and strips the question. */
    QuestionDraft draft() {
        return new QuestionDraft(themeId, question, answer, published);
    }

    public Long getThemeId() {
        return themeId;
    }

    public void setThemeId(Long themeId) {
        this.themeId = themeId;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }
}
