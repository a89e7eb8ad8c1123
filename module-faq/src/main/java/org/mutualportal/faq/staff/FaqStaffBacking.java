package org.mutualportal.faq.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.mutualportal.api.text.Texts;
import org.mutualportal.faq.FaqModule;
import org.mutualportal.faq.staff.FaqEditing.Direction;

/**
 * The staff list of the FAQ: every question by theme, published or not, with its feedback counts, and the
 * buttons that reorder, publish and unpublish.
 */
@Named
@ViewScoped
public class FaqStaffBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FaqEditing editing;

    private List<StaffTheme> themes;

    public void load() {
        themes = editing.overview();
    }

    public void up(long id) {
        editing.move(id, Direction.UP);
        load();
    }

    public void down(long id) {
        editing.move(id, Direction.DOWN);
        load();
    }

    public void publish(long id) {
        editing.publish(id, true);
        load();
        Texts.info(Texts.of(FaqModule.BUNDLE, "staff.published"));
    }

    public void unpublish(long id) {
        editing.publish(id, false);
        load();
        Texts.info(Texts.of(FaqModule.BUNDLE, "staff.unpublished"));
    }

    public String feedbackText(StaffTheme.Row row) {
        return Texts.of(FaqModule.BUNDLE, "staff.feedback", row.helpfulYes(), row.helpfulNo());
    }

    public List<StaffTheme> getThemes() {
        return themes;
    }
}
