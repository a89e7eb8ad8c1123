package org.mutualportal.geolocation.admin;

import java.time.OffsetDateTime;

/** One import as the administration page lists it. */
public record ImportRun(long id, String kind, String fileName, String startedBy, OffsetDateTime startedAt,
        OffsetDateTime finishedAt, String status, int readLines, int inserted, int updated, int unchanged,
        int malformed, int ignored, int notLocated, String message) {
}
