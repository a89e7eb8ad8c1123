package org.mutualportal.geolocation.rpps;

/**
 * What an import did, line by line: shown to the administrator and stored with the run.
 *
 * @param read lines read after the header
 * @param malformed lines skipped because they do not have the file's shape or lack an RPPS number or profession
 * @param ignored well-formed lines of professions members do not search for (or sites already seen)
 * @param notLocated rows written without coordinates (no address the geocoders could place): not searchable
 */
public record ImportReport(int read, int malformed, int ignored, int inserted, int updated, int unchanged,
        int notLocated) {
}
