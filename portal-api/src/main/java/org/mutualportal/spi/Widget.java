package org.mutualportal.spi;

import java.util.Objects;

/**
 * A dashboard fragment a module contributes.
 *
 * <p>The fragment is a Facelets file included in the dashboard; keep it under
 * {@code META-INF/resources/WEB-INF/<id>/} so it cannot be requested on its own. It is shown to members only,
 * like the dashboard.
 *
 * @param column where it goes
 * @param fragment context-relative path of the Facelets fragment, e.g. {@code /WEB-INF/contract/widget.xhtml}
 * @param order position in the column, lower first
 * @since 1.0
 */
public record Widget(Column column, String fragment, int order) {

    /**
     * Checks the widget.
     *
     * @throws NullPointerException when the column or the fragment is missing
     * @param column where it goes
     * @param fragment context-relative Facelets path
     * @param order position, lower first
     */
    public Widget {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(fragment, "fragment");
    }

    /** Dashboard columns, as in the mutual's guide. */
    public enum Column {
        /** The member card and "Ma situation change". */
        LEFT,
        /** The main area: latest payments, documents. */
        MAIN,
        /** Contact and tools. */
        RIGHT
    }
}
