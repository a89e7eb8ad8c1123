package org.mutualportal.spi;

import java.util.List;

/**
 * What a module holds about a member, for "Exporter mes données" (the right of access and portability of
 * the GDPR). Implementations are CDI beans; each enabled module's sections are exported together.
 *
 * @since 1.0
 */
public interface PersonalData {

    /**
     * Id of the module the data belongs to ("core" for the core); skipped while the module is disabled.
     *
     * @return a module's id
     */
    String moduleId();

    /**
     * The member's data this module holds, as titled tables of text (the export is the member's own request,
     * made from their session; read-only, in the caller's transaction).
     *
     * @param memberId the member
     * @param accountId the member's web account
     * @return never {@code null}; empty when the module holds nothing about the member
     */
    List<DataSection> export(long memberId, long accountId);

    /**
     * One table of the export.
     *
     * @param key stable identifier (JSON key, CSV section)
     * @param title French title
     * @param columns French column headers
     * @param rows values, as shown to the member
     */
    record DataSection(String key, String title, List<String> columns, List<List<String>> rows) {
        /**
         * Copies the lists; a {@code null} value becomes an empty text.
         *
         * @param key stable identifier
         * @param title French title
         * @param columns French headers
         * @param rows values
         */
        public DataSection {
            columns = List.copyOf(columns);
            rows = rows.stream().map(r -> r.stream().map(v -> v == null ? "" : v).toList()).toList();
        }
    }
}
