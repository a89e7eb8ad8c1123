package org.mutualportal.geolocation.directory;

import java.util.List;

/** A page of results and how many there are in all (for the pager). */
public record SearchResults(List<SearchHit> hits, long total) {

    public static final SearchResults EMPTY = new SearchResults(List.of(), 0);
}
