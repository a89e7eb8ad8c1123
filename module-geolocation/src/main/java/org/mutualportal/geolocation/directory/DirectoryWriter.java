package org.mutualportal.geolocation.directory;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Writes directory rows by their source key, a batch per transaction: a row that exists with the same
 * values is not touched (the {@code where … is distinct from} of the upsert), so importing the same file
 * twice changes nothing — not even {@code updated_at}.
 */
@ApplicationScoped
public class DirectoryWriter {

    private static final String COLUMNS = "rpps, category, display_name, profession_code, profession_label, "
            + "specialty_code, specialty_label, site_name, street, address_complement, postcode, city, commune_code, "
            + "phone, latitude, longitude, geocode_source, convention, tiers_payant, address_key";

    private static final String UPSERT = "insert into geo_professional (source_key, " + COLUMNS + ") "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "on conflict (source_key) do update set (" + COLUMNS + ", updated_at) = ("
            + prefixed("excluded.") + ", now()) "
            + "where (" + prefixed("geo_professional.") + ") is distinct from (" + prefixed("excluded.") + ")";

    /**
     * Rebuilds the search index without blocking searches. After a large import the index, grown by
     * inserts in file order, is loose enough that PostgreSQL prefers a bitmap scan reading table rows over
     * the index-only scan; rebuilt, the heaviest search takes half the time (see the benchmark).
     */
    public static final String REINDEX = "reindex index concurrently geo_professional_search_idx";

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    /** What a batch did. */
    public record Outcome(int inserted, int updated, int unchanged) {
        public Outcome plus(Outcome other) {
            return new Outcome(inserted + other.inserted, updated + other.updated, unchanged + other.unchanged);
        }
    }

    /** What is stored for a key, to decide whether its address must be geocoded again. */
    public record Stored(String addressKey, Double latitude, Double longitude, String geocodeSource) {
    }

    /** The stored address and coordinates of these keys (absent keys are new rows). */
    public Map<String, Stored> stored(Collection<String> sourceKeys) {
        Map<String, Stored> found = new HashMap<>();
        if (sourceKeys.isEmpty()) {
            return found;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select source_key, address_key, latitude, "
                        + "longitude, geocode_source from geo_professional where source_key = any (?)")) {
            Array keys = connection.createArrayOf("varchar", sourceKeys.toArray());
            select.setArray(1, keys);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getString(1), new Stored(rows.getString(2), (Double) rows.getObject(3),
                            (Double) rows.getObject(4), rows.getString(5)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the directory failed", e);
        }
    }

    /** Inserts new rows, updates changed ones, leaves identical ones alone — in one transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome write(List<DirectoryEntry> entries) {
        if (entries.isEmpty()) {
            return new Outcome(0, 0, 0);
        }
        Map<String, Stored> before = stored(entries.stream().map(DirectoryEntry::sourceKey).toList());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            for (DirectoryEntry e : entries) {
                int i = 0;
                upsert.setString(++i, e.sourceKey());
                upsert.setString(++i, e.rpps());
                upsert.setString(++i, e.category().name());
                upsert.setString(++i, e.displayName());
                upsert.setString(++i, e.professionCode());
                upsert.setString(++i, e.professionLabel());
                upsert.setString(++i, e.specialtyCode());
                upsert.setString(++i, e.specialtyLabel());
                upsert.setString(++i, e.siteName());
                upsert.setString(++i, e.street());
                upsert.setString(++i, e.addressComplement());
                upsert.setString(++i, e.postcode());
                upsert.setString(++i, e.city());
                upsert.setString(++i, e.communeCode());
                upsert.setString(++i, e.phone());
                upsert.setObject(++i, e.latitude(), Types.DOUBLE);
                upsert.setObject(++i, e.longitude(), Types.DOUBLE);
                upsert.setString(++i, e.geocodeSource());
                upsert.setString(++i, e.convention());
                upsert.setObject(++i, e.tiersPayant(), Types.BOOLEAN);
                upsert.setString(++i, e.addressKey());
                upsert.addBatch();
            }
            upsert.executeBatch();
            // Which rows this transaction wrote, asked of the table rather than read from the batch's update
            // counts: the data source rewrites batched INSERTs into multi-row statements (reWriteBatchedInserts),
            // and then the driver reports "success, count unknown" for every row. now() is the transaction's
            // start, so updated_at = now() holds exactly for the rows inserted or changed here.
            Set<String> existing = before.keySet();
            int written = 0;
            int rewritten = 0;
            try (PreparedStatement changed = connection.prepareStatement("select source_key from geo_professional "
                    + "where source_key = any (?) and updated_at = now()")) {
                changed.setArray(1, connection.createArrayOf("varchar",
                        entries.stream().map(DirectoryEntry::sourceKey).distinct().toArray()));
                try (ResultSet rows = changed.executeQuery()) {
                    while (rows.next()) {
                        written++;
                        if (existing.contains(rows.getString(1))) {
                            rewritten++;
                        }
                    }
                }
            }
            int inserted = written - rewritten;
            int updated = rewritten;
            int unchanged = (int) entries.stream().map(DirectoryEntry::sourceKey).distinct().count() - written;
            return new Outcome(inserted, updated, unchanged);
        } catch (SQLException e) {
            throw new IllegalStateException("Writing the directory failed", e);
        }
    }

    /**
     * Rebuilds the search index and refreshes the planner's statistics, after an import. Not in a
     * transaction (PostgreSQL refuses a concurrent reindex inside one): call it from a thread without one.
     */
    public void reorganize() {
        try (Connection connection = dataSource.getConnection(); java.sql.Statement statement = connection.createStatement()) {
            statement.execute(REINDEX);
            statement.execute("analyze geo_professional");
        } catch (SQLException e) {
            throw new IllegalStateException("Reorganizing the directory failed", e);
        }
    }

    private static String prefixed(String prefix) {
        return prefix + COLUMNS.replace(", ", ", " + prefix);
    }
}
