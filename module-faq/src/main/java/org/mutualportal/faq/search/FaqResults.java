package org.mutualportal.faq.search;

import java.io.Serializable;
import java.util.List;

/**
 * What the FAQ page shows: the whole published FAQ, or the questions that match a search.
 *
 * @param query the search as typed (stripped), or {@code null} when not searching
 * @param groups the themes with at least one question shown
 * @param count how many questions are shown
 */
public record FaqResults(String query, List<ThemeGroup> groups, int count) implements Serializable {

    public FaqResults {
        groups = List.copyOf(groups);
    }

    public boolean isSearching() {
        return query != null;
    }
}
