package org.mutualportal.perf;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.mutualportal.geolocation.directory.Category;
import org.mutualportal.perf.client.ImportApi;
import org.mutualportal.perf.data.Population;
import org.postgresql.PGConnection;

/**
 * Fills a running portal with a realistic volume, deterministically (fixed seed): members, memberships and
 * beneficiaries, then payments of about three lines each, all through the import API in batches — the path the
 * management system uses in production. Then three things the API does not carry, straight in SQL:
 * <ul>
 * <li>web accounts for the load test's members (members create theirs themselves through "Créer mon espace",
 * which sends an e-mail): hashed with PBKDF2 at 1 024 iterations in the portal's format, which the portal raises
 * to 600 000 at each member's first sign-in — as it does for any older hash;</li>
 * <li>health professionals for the directory (production loads them from an RPPS file on the administrators'
 * page), with PostgreSQL's COPY, then the index rebuild the RPPS import does after loading;</li>
 * <li>{@code ANALYZE} of the loaded tables, as autovacuum would do shortly after a bulk load.</li>
 * </ul>
 *
 * <p>Options (all {@code --name value}): {@code --portal} (http://127.0.0.1:8080), {@code --db}
 * (jdbc:postgresql://127.0.0.1:15499/portal, user and password portal), {@code --client} (perf) and the secret in
 * the environment variable {@code PERF_API_SECRET}, {@code --members} (2000), {@code --lines} (200000),
 * {@code --professionals} (0), {@code --accounts} (min(members, 2000)), {@code --accounts-file}
 * (target/perf/accounts.csv), {@code --seed} (42), {@code --batch} (5000 records per call), {@code --anchor}
 * (today: the latest payment date), {@code --from} (1: the first member sent; a larger run after a smaller one with
 * the same lines per member can start after it).
 */
public final class DataGenerator {

    private DataGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        int members = options.integer("members", 2_000);
        long lines = options.longValue("lines", 200_000);
        int professionals = options.integer("professionals", 0);
        int accounts = options.integer("accounts", Math.min(members, 2_000));
        int batch = options.integer("batch", 5_000);
        int from = options.integer("from", 1);
        long seed = options.longValue("seed", 42);
        LocalDate anchor = LocalDate.parse(options.text("anchor", LocalDate.now().toString()));
        String db = options.text("db", "jdbc:postgresql://127.0.0.1:15499/portal");
        String secret = System.getenv("PERF_API_SECRET");
        if (secret == null || secret.isBlank()) {
            System.err.println("PERF_API_SECRET (the API client's secret) is not set.");
            System.exit(2);
        }
        ImportApi api = new ImportApi(URI.create(options.text("portal", "http://127.0.0.1:8080")),
                options.text("client", "perf"), secret);
        Population population = new Population(seed, members, lines, anchor);

        System.out.printf(Locale.ROOT, "Generating %,d members (from #%d), %,d payment lines, %,d professionals, %,d web accounts; "
                + "seed %d, anchor %s, %,d records per call%n", members, from, lines, professionals, accounts, seed, anchor, batch);
        api.awaitReady(Duration.ofMinutes(5));
        long started = System.nanoTime();

        send(api, "members", from, members, batch, n -> List.of(population.memberJson(n)));
        send(api, "memberships", from, members, batch, n -> List.of(population.membershipJson(n)));
        send(api, "beneficiaries", from, members, batch, population::beneficiariesJson);
        sendPayments(api, population, from, batch);

        try (Connection connection = DriverManager.getConnection(db, "portal", "portal")) {
            createAccounts(connection, accounts, Path.of(options.text("accounts-file", "target/perf/accounts.csv")));
            if (professionals > 0) {
                loadProfessionals(connection, professionals, seed);
            }
            analyze(connection);
            summary(connection);
        }
        System.out.printf(Locale.ROOT, "Done in %s%n", elapsed(started));
    }

    /** Sends members {@code from..last} to a resource, {@code batch} records per call. */
    private static void send(ImportApi api, String resource, int from, int last, int batch, IntFunction<List<String>> records)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        List<String> pending = new ArrayList<>(batch);
        long sent = 0;
        long created = 0;
        for (int n = from; n <= last; n++) {
            pending.addAll(records.apply(n));
            if (pending.size() >= batch || n == last) {
                created += api.post(resource, pending).created();
                sent += pending.size();
                pending.clear();
                progress(resource, sent, created, started, null);
            }
        }
    }

    private static void sendPayments(ImportApi api, Population population, int from, int batch)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        List<String> pending = new ArrayList<>(batch + 8);
        long sent = 0;
        long created = 0;
        long lines = 0;
        int last = population.members();
        for (int n = from; n <= last; n++) {
            for (Population.Payment payment : population.payments(n)) {
                pending.add(payment.toJson());
                lines += payment.lines().size();
            }
            if (pending.size() >= batch || n == last) {
                if (!pending.isEmpty()) {
                    created += api.post("reimbursements/payments", pending).created();
                    sent += pending.size();
                    pending.clear();
                    progress("payments", sent, created, started, lines);
                }
            }
        }
    }

    private static void progress(String what, long sent, long created, long started, Long lines) {
        double seconds = Math.max(0.001, (System.nanoTime() - started) / 1e9);
        System.out.printf(Locale.ROOT, "  %-13s %,11d sent (%,d new)%s  %,8.0f records/s%s  %s%n", what, sent, created,
                lines == null ? "" : String.format(Locale.ROOT, ", %,d lines", lines), sent / seconds,
                lines == null ? "" : String.format(Locale.ROOT, ", %,8.0f lines/s", lines / seconds), elapsed(started));
    }

    /** Web accounts for members 1..count, and the CSV of their logins the load test reads. */
    static void createAccounts(Connection connection, int count, Path file) throws SQLException, IOException {
        long started = System.nanoTime();
        String[] hashes = IntStream.rangeClosed(1, count).parallel().mapToObj(n -> hash(Population.PASSWORD))
                .toArray(String[]::new);
        int created = 0;
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into web_account (member_id, login, password_hash, roles, status, created_at)
                select id, ?, ?, 'MEMBER', 'ACTIVE', now() from member where external_id = ?
                on conflict do nothing""")) {
            for (int n = 1; n <= count; n++) {
                insert.setString(1, Population.login(n));
                insert.setString(2, hashes[n - 1]);
                insert.setString(3, Population.memberId(n));
                insert.addBatch();
                if (n % 1_000 == 0 || n == count) {
                    for (int rows : insert.executeBatch()) {
                        created += Math.max(rows, 0);
                    }
                }
            }
        }
        connection.commit();
        connection.setAutoCommit(true);
        Files.createDirectories(file.toAbsolutePath().getParent());
        StringBuilder csv = new StringBuilder("login,password\n");
        for (int n = 1; n <= count; n++) {
            csv.append(Population.login(n)).append(',').append(Population.PASSWORD).append('\n');
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "  web accounts  %,11d (%,d new), logins in %s  %s%n", count, created, file, elapsed(started));
    }

    /** The portal's password format with few iterations (the portal upgrades it at the first sign-in). */
    static String hash(String password) {
        try {
            byte[] salt = new byte[16];
            new SecureRandom().nextBytes(salt);
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 1024, 256)).getEncoded();
            Base64.Encoder b64 = Base64.getEncoder();
            return "PBKDF2WithHmacSHA256:1024:" + b64.encodeToString(salt) + ":" + b64.encodeToString(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Cities and their weight in the directory (population of the urban area, thousands, rounded). */
    private static final Object[][] CITIES = {{"Paris", 48.8566, 2.3522, 10_800}, {"Lyon", 45.7640, 4.8357, 2_300},
        {"Marseille", 43.2965, 5.3698, 1_900}, {"Toulouse", 43.6047, 1.4442, 1_450}, {"Lille", 50.6292, 3.0573, 1_500},
        {"Bordeaux", 44.8378, -0.5792, 1_350}, {"Nice", 43.7102, 7.2620, 1_000}, {"Nantes", 47.2184, -1.5536, 1_000},
        {"Strasbourg", 48.5734, 7.7521, 850}, {"Rennes", 48.1173, -1.6778, 750}};

    /**
     * Professionals {@code PERF:1..count} by COPY, spread around the cities by weight (most within a few km of the
     * centre), categories drawn uniformly; replaced as a whole when their number differs.
     */
    static void loadProfessionals(Connection connection, int count, long seed) throws SQLException, IOException {
        long started = System.nanoTime();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from geo_professional where source_key like 'PERF:%'")) {
            rows.next();
            if (rows.getLong(1) == count) {
                System.out.printf(Locale.ROOT, "  professionals %,11d already there%n", count);
                return;
            }
            statement.execute("delete from geo_professional where source_key like 'PERF:%'");
        }
        int totalWeight = 0;
        for (Object[] city : CITIES) {
            totalWeight += (int) city[3];
        }
        Random random = new Random(seed);
        Category[] categories = Category.values();
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        StringBuilder chunk = new StringBuilder(1 << 22);
        for (int n = 1; n <= count; n++) {
            int draw = random.nextInt(totalWeight);
            Object[] city = CITIES[0];
            for (Object[] c : CITIES) {
                draw -= (int) c[3];
                if (draw < 0) {
                    city = c;
                    break;
                }
            }
            double spreadKm = random.nextInt(10) < 8 ? 5 : 20;
            double lat = (double) city[1] + random.nextGaussian() * spreadKm / 111.0;
            double lon = (double) city[2] + random.nextGaussian() * spreadKm / (111.0 * Math.cos(Math.toRadians(lat)));
            Category category = categories[random.nextInt(categories.length)];
            chunk.append("PERF:").append(n).append('\t').append(category.name()).append("\tProfessionnel ").append(n)
                    .append('\t').append(n % 200 + 1).append(" rue de la Santé\t").append(city[0]).append('\t')
                    .append(String.format(Locale.ROOT, "%.6f\t%.6f\tPOSTCODE", lat, lon)).append('\n');
            if (n % 50_000 == 0 || n == count) {
                copy.copyIn("copy geo_professional (source_key, category, display_name, street, city, latitude, longitude, "
                        + "geocode_source) from stdin", new StringReader(chunk.toString()));
                chunk.setLength(0);
            }
        }
        try (Statement statement = connection.createStatement()) {
            // What the RPPS import does after loading (DirectoryWriter.REINDEX): the index as half a million
            // inserts leave it makes PostgreSQL read the table (docs/performance.md).
            statement.execute("reindex index concurrently geo_professional_search_idx");
        }
        System.out.printf(Locale.ROOT, "  professionals %,11d loaded  %s%n", count, elapsed(started));
    }

    private static void analyze(Connection connection) throws SQLException {
        long started = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute("analyze member, membership, beneficiary, web_account, reimb_payment, reimb_line, geo_professional");
        }
        System.out.printf(Locale.ROOT, "  analyze       %s%n", elapsed(started));
    }

    private static void summary(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select (select count(*) from member), (select count(*) from reimb_payment),
                               (select count(*) from reimb_line), (select count(*) from geo_professional),
                               (select count(*) from web_account), pg_size_pretty(pg_database_size(current_database()))""")) {
            rows.next();
            System.out.printf(Locale.ROOT, "Database: %,d members, %,d payments, %,d payment lines, %,d professionals, "
                    + "%,d web accounts, %s%n", rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4),
                    rows.getLong(5), rows.getString(6));
        }
    }

    static String elapsed(long started) {
        long seconds = Math.round((System.nanoTime() - started) / 1e9);
        return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }
}
