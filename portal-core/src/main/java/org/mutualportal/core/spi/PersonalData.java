package org.mutualportal.core.spi;

import java.util.List;

/**
 * What a module holds about a member, for "Exporter mes données" (the right of access and portability of
 * the GDPR). Implementations are CDI beans; each enabled module's sections are exported together.
 *
 * @since 0.1
 */
public interface PersonalData {

    /** Id of the module the data belongs to ("core" for the core). */
    String moduleId();

    /** The member's data, as titled tables of text. */
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
        public DataSection {
            columns = List.copyOf(columns);
            rows = rows.stream().map(r -> r.stream().map(v -> v == null ? "" : v).toList()).toList();
        }
    }
}
