package org.mutualportal.core.spi;

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
 * @since 0.1
 */
public record Widget(Column column, String fragment, int order) {

    public Widget {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(fragment, "fragment");
    }

    /** Dashboard columns, as in the mutual's guide: member card on the left, main area, contact and tools on the right. */
    public enum Column {
        LEFT, MAIN, RIGHT
    }
}
