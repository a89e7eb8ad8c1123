package org.mutualportal.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL for the tests of one JVM, started once (about 6 s) and stopped at the JVM's exit.
 *
 * <p>Registered before Arquillian's extension ({@link PortalTest}), it publishes its address as the system
 * properties {@code portal.test.db.url}, {@code portal.test.db.user}, {@code portal.test.db.password},
 * which {@code arquillian.xml} hands to every Payara Micro it starts. Test classes of one JVM share the
 * database: each creates its own data rather than expecting an empty one.
 *
 * <p>A test may play a database outage under running portals ({@link #stopForOutage()}, {@link #restart()}):
 * the data folder is kept and the server comes back on the same port with the same data. Such a test stops the
 * database for its own portal only while no other test runs (test classes of a JVM run one after another).
 */
public final class EmbeddedDatabase implements BeforeAllCallback {

    private static EmbeddedPostgres postgres;
    private static String url;
    private static int port;
    private static Path dataDirectory;
    private static boolean down;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (insideTheContainer()) {
            return; // in-container test methods run in Payara, which already has its datasource
        }
        start();
    }

    /** The test class also runs inside Payara (in-container methods), where zonky is not deployed. */
    private static boolean insideTheContainer() {
        try {
            Class.forName("io.zonky.test.db.postgres.embedded.EmbeddedPostgres", false, EmbeddedDatabase.class.getClassLoader());
            return false;
        } catch (ClassNotFoundException e) {
            return true;
        }
    }

    /** Starts the database if it is not running yet and returns its JDBC URL. */
    public static synchronized String start() {
        if (postgres == null) {
            try {
                port = freePort();
                dataDirectory = Files.createTempDirectory("portal-test-db");
                postgres = launch();
                try (Connection connection = postgres.getPostgresDatabase().getConnection();
                        Statement statement = connection.createStatement()) {
                    statement.execute("create role portal login password 'portal'");
                    statement.execute("create database portal owner portal encoding 'UTF8' template template0");
                }
                url = "jdbc:postgresql://localhost:" + port + "/portal";
                System.setProperty("portal.test.db.url", url);
                System.setProperty("portal.test.db.user", "portal");
                System.setProperty("portal.test.db.password", "portal");
                Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stop, "embedded-postgres-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return url;
    }

    /** Stops the database, as an outage would: portals keep running and lose their connections. */
    public static synchronized void stopForOutage() {
        start();
        if (!down) {
            close();
            down = true;
        }
    }

    /** Starts the database again after {@link #stopForOutage()}: same port, same data. */
    public static synchronized void restart() {
        if (down) {
            try {
                postgres = launch();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            down = false;
        }
    }

    /**
     * zonky on a data folder of ours, kept when it stops (zonky deletes its own), so that it can start again; our
     * shutdown hook stops it and deletes the folder.
     */
    private static EmbeddedPostgres launch() throws IOException {
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start();
    }

    /** The portal's database, for assertions from the test JVM. */
    public static DataSource dataSource() {
        start();
        return postgres.getDatabase("portal", "portal");
    }

    private static synchronized void stop() {
        if (postgres != null) {
            try {
                if (!down) {
                    close();
                }
            } catch (UncheckedIOException ignored) {
                // the JVM is exiting
            }
            try (Stream<Path> files = Files.walk(dataDirectory)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException ignored) {
                // the JVM is exiting; the folder is a temporary one
            }
        }
    }

    private static void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
