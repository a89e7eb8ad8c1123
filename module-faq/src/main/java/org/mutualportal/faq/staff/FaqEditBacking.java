package org.mutualportal.faq.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.mutualportal.core.web.NotFoundException;
import org.mutualportal.core.web.RequestIds;
import org.mutualportal.core.web.Texts;
import org.mutualportal.faq.FaqModule;
import org.mutualportal.faq.content.AnswerSanitizer;
import org.mutualportal.faq.content.FaqQuestion;
import org.mutualportal.faq.content.FaqSettings;
import org.mutualportal.faq.content.FaqTheme;

/**
 * The staff form that writes a new question ({@code edit.xhtml}) or rewrites one ({@code edit.xhtml?id=…}).
 * The answer comes from a rich-text editor whose toolbar offers only what the allow-list keeps; whatever the
 * browser actually posts is cleaned on the server, and the author is told when something was removed. Saving
 * over someone else's newer version is refused rather than silently undoing it.
 */
@Named
@ViewScoped
public class FaqEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FaqEditing editing;

    @Inject
    StaffRequest staff;

    @Inject
    FaqSettings settings;

    private String id;
    private Long questionId;
    private long version;
    private Long themeId;
    private String question;
    private String answer;
    private boolean published;
    private List<ThemeChoice> themes;

    /** View action: an existing question (404 for an unknown id) or an empty form. */
    public void load() {
        themes = editing.themes().stream().map(t -> new ThemeChoice(t.getId(), t.getTitle())).toList();
        if (id == null || id.isBlank()) {
            themeId = themes.isEmpty() ? null : themes.get(0).id();
            return;
        }
        FaqQuestion existing = editing.find(RequestIds.parse(id)).orElseThrow(NotFoundException::new);
        questionId = existing.getId();
        version = existing.getVersion();
        themeId = existing.getTheme().getId();
        question = existing.getQuestion();
        answer = existing.getAnswerHtml();
        published = existing.isPublished();
    }

    public String save() {
        boolean valid = true;
        String text = question == null ? "" : question.strip();
        if (text.isEmpty()) {
            Texts.error("question:text", Texts.of(FaqModule.BUNDLE, "edit.question.required"));
            valid = false;
        } else if (text.length() > FaqQuestion.QUESTION_MAX) {
            Texts.error("question:text", Texts.of(FaqModule.BUNDLE, "edit.question.long", FaqQuestion.QUESTION_MAX));
            valid = false;
        }
        AnswerSanitizer.Cleaned cleaned = AnswerSanitizer.clean(answer);
        // The limit applies to what is stored: the editor's own list markup is several times longer.
        if (cleaned.html().length() > FaqQuestion.ANSWER_MAX) {
            Texts.error("question:answer", Texts.of(FaqModule.BUNDLE, "edit.answer.long", FaqQuestion.ANSWER_MAX));
            valid = false;
        } else if (cleaned.isEmpty()) {
            // An editor left with empty lines posts markup without text: that is a missing answer, not a cleaned one.
            Texts.error("question:answer", Texts.of(FaqModule.BUNDLE,
                    cleaned.removedSomething() ? "edit.answer.emptied" : "edit.answer.required"));
            valid = false;
        }
        if (themeId == null || themes.stream().noneMatch(t -> t.id() == themeId)) {
            Texts.error("question:theme", Texts.of(FaqModule.BUNDLE, "edit.theme.required"));
            valid = false;
        }
        if (!valid) {
            return null;
        }
        QuestionDraft draft = new QuestionDraft(themeId, text, answer, published);
        if (questionId == null) {
            editing.create(draft, staff.actor(), staff.remoteAddress());
        } else {
            try {
                editing.update(questionId, version, draft, staff.actor(), staff.remoteAddress());
            } catch (StaleEditException e) {
                Texts.error(null, Texts.of(FaqModule.BUNDLE, "edit.stale"));
                return null;
            }
        }
        Texts.flash(Texts.of(FaqModule.BUNDLE, cleaned.removedSomething() ? "edit.saved.cleaned" : "edit.saved"));
        return "/faq/staff/index.xhtml?faces-redirect=true";
    }

    public boolean isCreating() {
        return questionId == null;
    }

    public List<ThemeChoice> getThemes() {
        return themes;
    }

    /** The placeholders staff may write, for the form's help. */
    public String getPlaceholderList() {
        return String.join(", ", settings.placeholders().keys().stream().map(k -> "[[" + k + "]]").toList());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
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

    /**
     * A theme in the form's list.
     *
     * @param id the theme's id
     * @param title its title
     */
    public record ThemeChoice(long id, String title) implements Serializable {
    }
}
