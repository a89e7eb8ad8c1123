package org.mutualportal.geolocation.admin;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.mutualportal.api.audit.AuditLog;
import org.mutualportal.api.error.BusinessException;
import org.mutualportal.api.security.Actor;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.geolocation.GeolocationAudit;
import org.mutualportal.geolocation.GeolocationModule;
import org.mutualportal.geolocation.directory.DirectoryWriter;
import org.mutualportal.geolocation.geocoding.GeolocationSettings;
import org.mutualportal.geolocation.geocoding.PostcodeTableImport;
import org.mutualportal.geolocation.rpps.ImportReport;
import org.mutualportal.geolocation.rpps.RppsImporter;

/**
 * Imports started by administrators, run in the background (a national RPPS file takes minutes, more when
 * addresses are geocoded online) and recorded in {@code geo_import_run} so that any instance's page shows
 * their progress and outcome. Files are read from the configured import folder only: the page never takes
 * a path, just a name that must be a file of that folder.
 *
 * <p>Plain JDBC with auto-commit rather than an entity: each change of a run's row is visible to every instance
 * at once, while the import itself commits in batches of its own on another thread.
 */
@ApplicationScoped
public class ImportRuns {

    private static final Logger LOG = Logger.getLogger(ImportRuns.class.getName());

    /** What a file is imported as. */
    public enum Kind {
        RPPS, POSTCODES
    }

    /** A file of the import folder. */
    public record ImportFile(String name, long size) {
    }

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    @Inject
    RppsImporter rpps;

    @Inject
    DirectoryWriter writer;

    @Inject
    PostcodeTableImport postcodes;

    @Inject
    GeolocationSettings settings;

    @Inject
    PortalClock clock;

    @Inject
    Actor actor;

    @Inject
    AuditLog audit;

    public Optional<Path> folder() {
        return settings.getImportDir().map(Path::of);
    }

    public List<ImportFile> files() {
        Optional<Path> folder = folder().filter(Files::isDirectory);
        if (folder.isEmpty()) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder.get())) {
            return entries.filter(Files::isRegularFile).sorted()
                    .map(p -> new ImportFile(p.getFileName().toString(), size(p))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts importing a file of the folder in the background, in the name of the current actor, and audits it.
     *
     * @return the run's id
     * @throws BusinessException when no folder is configured, or for a name that is not a file of the folder
     */
    public long start(String fileName, Kind kind) {
        Path folder = folder().orElseThrow(() -> new BusinessException(GeolocationModule.BUNDLE, "admin.noDir"));
        Path file = folder.resolve(fileName).normalize();
        if (!folder.normalize().equals(file.getParent()) || !Files.isRegularFile(file)) {
            throw new BusinessException(GeolocationModule.BUNDLE, "admin.notAFile", fileName);
        }
        long id = insert(kind, file.getFileName().toString(), actor.name());
        executor.submit(() -> run(id, file, kind));
        audit.record(GeolocationAudit.IMPORT_STARTED, fileName, kind.name());
        return id;
    }

    private void run(long id, Path file, Kind kind) {
        try (InputStream in = Files.newInputStream(file)) {
            if (kind == Kind.RPPS) {
                ImportReport r = rpps.importFile(in);
                if (r.inserted() + r.updated() > 0) {
                    writer.reorganize();
                }
                finish(id, "DONE", r.read(), r.inserted(), r.updated(), r.unchanged(), r.malformed(), r.ignored(),
                        r.notLocated(), null);
            } else {
                PostcodeTableImport.Report r = postcodes.importCsv(in);
                finish(id, "DONE", r.read(), r.written(), 0, r.unchanged(), r.skipped(), 0, 0, null);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Import " + id + " of " + file + " failed", e);
            finish(id, "FAILED", 0, 0, 0, 0, 0, 0, 0, String.valueOf(e.getMessage()));
        }
    }

    public List<ImportRun> latest(int max) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select * from geo_import_run order by id desc limit ?")) {
            select.setInt(1, max);
            List<ImportRun> runs = new ArrayList<>();
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    runs.add(new ImportRun(r.getLong("id"), r.getString("kind"), r.getString("file_name"),
                            r.getString("started_by"), r.getObject("started_at", OffsetDateTime.class),
                            r.getObject("finished_at", OffsetDateTime.class), r.getString("status"), r.getInt("read_lines"),
                            r.getInt("inserted"), r.getInt("updated"), r.getInt("unchanged"), r.getInt("malformed"),
                            r.getInt("ignored"), r.getInt("not_located"), r.getString("message")));
                }
            }
            return runs;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Entries of the directory, and how many of them have no coordinates. */
    public long[] directorySize() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select count(*), count(*) filter (where latitude is null) from geo_professional");
                ResultSet r = select.executeQuery()) {
            r.next();
            return new long[] {r.getLong(1), r.getLong(2)};
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long insert(Kind kind, String fileName, String startedBy) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into geo_import_run (kind, file_name, "
                        + "started_by, started_at, status) values (?, ?, ?, ?, 'RUNNING') returning id")) {
            insert.setString(1, kind.name());
            insert.setString(2, fileName);
            insert.setString(3, startedBy);
            insert.setObject(4, clock.now());
            try (ResultSet r = insert.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void finish(long id, String status, int read, int inserted, int updated, int unchanged, int malformed,
            int ignored, int notLocated, String message) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("update geo_import_run set status = ?, "
                        + "finished_at = ?, read_lines = ?, inserted = ?, updated = ?, unchanged = ?, malformed = ?, "
                        + "ignored = ?, not_located = ?, message = ? where id = ?")) {
            int i = 0;
            update.setString(++i, status);
            update.setObject(++i, clock.now());
            update.setInt(++i, read);
            update.setInt(++i, inserted);
            update.setInt(++i, updated);
            update.setInt(++i, unchanged);
            update.setInt(++i, malformed);
            update.setInt(++i, ignored);
            update.setInt(++i, notLocated);
            update.setString(++i, message == null ? null : message.substring(0, Math.min(500, message.length())));
            update.setLong(++i, id);
            update.executeUpdate();
        } catch (SQLException e) {
            LOG.log(Level.SEVERE, "Import run " + id + " could not be recorded", e);
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }
}
