package org.mutualportal.faq.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.mutualportal.api.text.Texts;
import org.mutualportal.api.web.NotFoundException;
import org.mutualportal.faq.FaqModule;
import org.mutualportal.faq.content.AnswerSanitizer;
import org.mutualportal.faq.content.FaqQuestion;
import org.mutualportal.faq.content.FaqSettings;

/**
 * The staff form that writes a new question ({@code edit.xhtml}) or rewrites one ({@code edit.xhtml?id=…}).
 * The answer comes from a rich-text editor whose toolbar offers only what the allow-list keeps; whatever the
 * browser actually posts is cleaned on the server, and the author is told when something was removed. The
 * form's own checks are constraints on {@link QuestionForm}; saving over someone else's newer version is
 * refused by the service ({@link StaleEditException}) rather than silently undoing it.
 */
@Named
@ViewScoped
public class FaqEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FaqEditing editing;

    @Inject
    FaqSettings settings;

    private Long id;
    private long version;
    private final QuestionForm form = new QuestionForm();
    private List<ThemeChoice> themes;

    /** View action: an existing question (404 for an unknown id) or an empty form. */
    public void load() {
        themes = editing.themes().stream().map(t -> new ThemeChoice(t.getId(), t.getTitle())).toList();
        if (id == null) {
            form.setThemeId(themes.isEmpty() ? null : themes.get(0).id());
            return;
        }
        FaqQuestion existing = editing.find(id).orElseThrow(NotFoundException::new);
        version = existing.getVersion();
        form.setThemeId(existing.getTheme().getId());
        form.setQuestion(existing.getQuestion());
        form.setAnswer(existing.getAnswerHtml());
        form.setPublished(existing.isPublished());
    }

    public String save() {
        if (id == null) {
            editing.create(form.draft());
        } else {
            editing.update(id, version, form.draft());
        }
        boolean cleaned = AnswerSanitizer.clean(form.getAnswer()).removedSomething();
        Texts.flash(Texts.of(FaqModule.BUNDLE, cleaned ? "edit.saved.cleaned" : "edit.saved"));
        return "/faq/staff/index.xhtml?faces-redirect=true";
    }

    public boolean isCreating() {
        return id == null;
    }

    /** The question's length limit, the column's, for the input's {@code maxlength}. */
    public int getQuestionMax() {
        return FaqQuestion.QUESTION_MAX;
    }

    public QuestionForm getForm() {
        return form;
    }

    public List<ThemeChoice> getThemes() {
        return themes;
    }

    /** The placeholders staff may write, for the form's help. */
    public String getPlaceholderList() {
        return String.join(", ", settings.placeholders().keys().stream().map(k -> "[[" + k + "]]").toList());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
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
