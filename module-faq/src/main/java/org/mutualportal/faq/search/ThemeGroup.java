package org.mutualportal.faq.search;

import java.io.Serializable;
import java.util.List;

/**
 * A theme and its questions, in display order.
 *
 * @param code the theme's stable code (anchors, tests)
 * @param title the theme's title
 * @param entries its questions that are shown
 */
public record ThemeGroup(String code, String title, List<FaqEntry> entries) implements Serializable {

    public ThemeGroup {
        entries = List.copyOf(entries);
    }
}
