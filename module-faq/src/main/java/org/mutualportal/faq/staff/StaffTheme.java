package org.mutualportal.faq.staff;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A theme of the staff console with all its questions, published or not.
 *
 * @param id the theme's id
 * @param title its title
 * @param rows its questions, in display order
 */
public record StaffTheme(long id, String title, List<Row> rows) implements Serializable {

    public StaffTheme {
        rows = List.copyOf(rows);
    }

    /**
     * A question in the staff list.
     *
     * @param id the question's id
     * @param question its text
     * @param published whether readers see it
     * @param helpfulYes "Oui" answers to "Cette réponse vous a-t-elle aidé ?"
     * @param helpfulNo "Non" answers
     * @param updatedAt when it last changed
     * @param first whether it is first of its theme (cannot move up)
     * @param last whether it is last of its theme (cannot move down)
     */
    public record Row(long id, String question, boolean published, int helpfulYes, int helpfulNo,
            OffsetDateTime updatedAt, boolean first, boolean last) implements Serializable {
    }
}
