package org.mutualportal.geolocation.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.mutualportal.geolocation.directory.Category;
import org.mutualportal.geolocation.directory.DirectoryWriter;
import org.mutualportal.geolocation.directory.GeoMath;
import org.mutualportal.geolocation.directory.ProximitySearch;
import org.mutualportal.geolocation.directory.SearchResults;
import org.mutualportal.testing.EmbeddedDatabase;
import org.postgresql.PGConnection;

/**
 * The member's search against a national-size directory: 500 000 professionals spread over French cities
 * in proportion to their population, in the embedded PostgreSQL the tests use, with the module's own
 * migration and the exact statement the portal runs ({@link ProximitySearch}). It measures, over random
 * searches around those cities (random category weighted by demand, random radius 1–20 km, first page):
 * the server's execution time (EXPLAIN ANALYZE) and the JDBC round trip, p50/p95/p99/max.
 *
 * <p>A benchmark, not a test: it asserts nothing and is excluded from {@code mvn verify}. Run it with
 * {@code mvn -o -B test -Pbenchmark} in {@code module-geolocation}; figures are printed and written to
 * {@code target/benchmark/proximity-search.txt}. Options: {@code -Dbenchmark.professionals=…},
 * {@code -Dbenchmark.searches=…}, {@code -Dbenchmark.reindex=false} (skip the rebuild of the search index
 * that an import does after loading: the index then stays as half a million inserts left it, and PostgreSQL
 * prefers a bitmap scan that reads the table — about twice slower at p95).
 */
class ProximitySearchBenchmark {

    static final int PROFESSIONALS = Integer.getInteger("benchmark.professionals", 500_000);
    static final int SEARCHES = Integer.getInteger("benchmark.searches", 2_000);

    /** City, latitude, longitude, weight (population in thousands, urban area, rounded). */
    static final Object[][] CITIES = {
        {"Paris", 48.8566, 2.3522, 10_800}, {"Lyon", 45.7640, 4.8357, 2_300}, {"Marseille", 43.2965, 5.3698, 1_900},
        {"Toulouse", 43.6047, 1.4442, 1_450}, {"Lille", 50.6292, 3.0573, 1_500}, {"Bordeaux", 44.8378, -0.5792, 1_350},
        {"Nice", 43.7102, 7.2620, 1_000}, {"Nantes", 47.2184, -1.5536, 1_000}, {"Strasbourg", 48.5734, 7.7521, 850},
        {"Montpellier", 43.6108, 3.8767, 800}, {"Rennes", 48.1173, -1.6778, 750}, {"Grenoble", 45.1885, 5.7245, 700},
        {"Rouen", 49.4432, 1.0999, 650}, {"Toulon", 43.1242, 5.9280, 600}, {"Nancy", 48.6921, 6.1844, 450},
        {"Clermont-Ferrand", 45.7772, 3.0870, 500}, {"Tours", 47.3941, 0.6848, 500}, {"Caen", 49.1829, -0.3707, 470},
        {"Orléans", 47.9030, 1.9093, 450}, {"Dijon", 47.3220, 5.0415, 390}, {"Brest", 48.3904, -4.4861, 320},
        {"Reims", 49.2583, 4.0317, 330}, {"Le Mans", 48.0061, 0.1996, 350}, {"Angers", 47.4784, -0.5632, 430},
        {"Limoges", 45.8336, 1.2611, 300}, {"Perpignan", 42.6887, 2.8948, 330}, {"Pau", 43.2951, -0.3708, 320},
        {"Besançon", 47.2378, 6.0241, 280}, {"Metz", 49.1193, 6.1757, 400}, {"Ajaccio", 41.9192, 8.7386, 90},
        {"Aurillac", 44.9264, 2.4397, 60}, {"Mende", 44.5181, 3.5006, 20}};

    /** Share of the directory per category (per thousand), as in the demo data. */
    static final Object[][] SHARES = {
        {Category.GENERAL_PRACTITIONER, 240}, {Category.NURSE, 180}, {Category.PHYSIOTHERAPIST, 140},
        {Category.DENTIST, 90}, {Category.PHARMACY, 80}, {Category.OPTICIAN, 50}, {Category.CARDIOLOGIST, 20},
        {Category.DERMATOLOGIST, 15}, {Category.GASTROENTEROLOGIST, 10}, {Category.GYNECOLOGIST, 20},
        {Category.OPHTHALMOLOGIST, 20}, {Category.ENT, 10}, {Category.PEDIATRICIAN, 15}, {Category.PSYCHIATRIST, 20},
        {Category.RHEUMATOLOGIST, 7}, {Category.RADIOLOGIST, 13}, {Category.MIDWIFE, 20}, {Category.HEARING_AID, 20},
        {Category.LABORATORY, 20}, {Category.HOSPITAL, 10}};

    @Test
    void searchTimesWithHalfAMillionProfessionals() throws Exception {
        DataSource dataSource = EmbeddedDatabase.dataSource();
        StringBuilder report = new StringBuilder();
        try (Connection connection = dataSource.getConnection()) {
            long loadStart = System.nanoTime();
            createSchema(connection);
            fill(connection, new Random(1));
            try (Statement statement = connection.createStatement()) {
                // What the administrators' import does after loading a file (DirectoryWriter.reorganize);
                // -Dbenchmark.reindex=false measures the index as the inserts left it.
                if (!"false".equals(System.getProperty("benchmark.reindex"))) {
                    statement.execute(DirectoryWriter.REINDEX);
                }
                statement.execute("vacuum analyze geo_professional");
            }
            line(report, "Loaded %,d professionals in %.1f s (PostgreSQL %s, %d CPUs)", PROFESSIONALS,
                    (System.nanoTime() - loadStart) / 1e9, version(connection), Runtime.getRuntime().availableProcessors());

            Random random = new Random(2);
            for (int i = 0; i < 300; i++) {
                Search s = Search.random(random);
                ProximitySearch.run(connection, s.category, s.lat, s.lon, s.radiusKm * 1000.0, 0, 10);
            }
            line(report, "%nPlan of a search (general practitioners within 5 km of Marseille):%n%s",
                    plan(connection, new Search(Category.GENERAL_PRACTITIONER, 43.2965, 5.3698, 5)));
            line(report, "%nPlan of the heaviest search (general practitioners within 20 km of Paris):%n%s",
                    plan(connection, new Search(Category.GENERAL_PRACTITIONER, 48.8566, 2.3522, 20)));

            List<Double> server = new ArrayList<>();
            List<Double> roundTrip = new ArrayList<>();
            List<Double> worstCase = new ArrayList<>();
            long results = 0;
            for (int i = 0; i < SEARCHES; i++) {
                Search s = Search.random(random);
                long start = System.nanoTime();
                SearchResults found = ProximitySearch.run(connection, s.category, s.lat, s.lon, s.radiusKm * 1000.0, 0, 10);
                roundTrip.add((System.nanoTime() - start) / 1e6);
                results += found.total();
                server.add(executionTime(connection, s));
            }
            for (int i = 0; i < 200; i++) {
                // The heaviest search there is: the most common category, the largest radius, in Paris.
                Search s = new Search(Category.GENERAL_PRACTITIONER, 48.8566 + random.nextGaussian() * 0.02,
                        2.3522 + random.nextGaussian() * 0.03, 20);
                worstCase.add(executionTime(connection, s));
            }
            line(report, "%n%,d random searches (category weighted by demand, radius 1–20 km, first page of 10), "
                    + "%,d results found in all:", SEARCHES, results);
            line(report, "  server execution time (EXPLAIN ANALYZE)  %s", percentiles(server));
            line(report, "  JDBC round trip (localhost)              %s", percentiles(roundTrip));
            line(report, "%n200 worst-case searches (general practitioners within 20 km of central Paris):");
            line(report, "  server execution time (EXPLAIN ANALYZE)  %s", percentiles(worstCase));
        }
        Path out = Path.of("target", "benchmark", "proximity-search.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println(report);
    }

    private record Search(Category category, double lat, double lon, int radiusKm) {
        static Search random(Random random) {
            Object[] city = pick(random, CITIES, 3);
            double[] p = GeoMath.offset((double) city[1], (double) city[2], random.nextGaussian() * 4_000,
                    random.nextGaussian() * 4_000);
            Category category = (Category) pick(random, SHARES, 1)[0];
            int radius = List.of(1, 2, 5, 5, 10, 20).get(random.nextInt(6));
            return new Search(category, p[0], p[1], radius);
        }
    }

    private static Object[] pick(Random random, Object[][] rows, int weightColumn) {
        int total = Arrays.stream(rows).mapToInt(r -> (int) r[weightColumn]).sum();
        int draw = random.nextInt(total);
        for (Object[] row : rows) {
            draw -= (int) row[weightColumn];
            if (draw < 0) {
                return row;
            }
        }
        return rows[rows.length - 1];
    }

    private static void createSchema(Connection connection) throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists geo_professional, geo_postcode, geo_import_run cascade");
            statement.execute("drop sequence if exists geo_professional_seq");
            try (InputStream in = ProximitySearchBenchmark.class.getResourceAsStream("/db/migration/geolocation/V1__directory.sql")) {
                statement.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    /** COPY in chunks: people spread around cities (most within a few km of the centre, some far out). */
    private static void fill(Connection connection, Random random) throws SQLException, IOException {
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        StringBuilder chunk = new StringBuilder(1 << 22);
        for (int n = 1; n <= PROFESSIONALS; n++) {
            Object[] city = pick(random, CITIES, 3);
            double spread = random.nextInt(10) < 8 ? 5_000 : 20_000;
            double[] p = GeoMath.offset((double) city[1], (double) city[2], random.nextGaussian() * spread,
                    random.nextGaussian() * spread);
            Category category = (Category) pick(random, SHARES, 1)[0];
            chunk.append("BENCH:").append(n).append('\t').append(category.name()).append("\tProfessionnel ").append(n)
                    .append('\t').append(n % 200 + 1).append(" rue de la Santé\t").append(city[0]).append('\t')
                    .append(String.format(Locale.ROOT, "%.6f\t%.6f", p[0], p[1])).append('\n');
            if (n % 50_000 == 0 || n == PROFESSIONALS) {
                copy.copyIn("copy geo_professional (source_key, category, display_name, street, city, latitude, longitude) "
                        + "from stdin", new StringReader(chunk.toString()));
                chunk.setLength(0);
            }
        }
    }

    private static String plan(Connection connection, Search s) throws SQLException {
        return String.join("\n", explain(connection, s, "explain (analyze, buffers, costs off) "));
    }

    private static double executionTime(Connection connection, Search s) throws SQLException {
        for (String line : explain(connection, s, "explain (analyze, timing off, costs off) ")) {
            if (line.startsWith("Execution Time:")) {
                return Double.parseDouble(line.replaceAll("[^0-9.]", ""));
            }
        }
        throw new IllegalStateException("No execution time");
    }

    private static List<String> explain(Connection connection, Search s, String prefix) throws SQLException {
        GeoMath.Box box = GeoMath.box(s.lat, s.lon, s.radiusKm * 1000.0);
        try (PreparedStatement statement = connection.prepareStatement(prefix + ProximitySearch.SQL)) {
            int i = 0;
            statement.setDouble(++i, s.lat);
            statement.setDouble(++i, s.lat);
            statement.setDouble(++i, s.lon);
            statement.setString(++i, s.category.name());
            statement.setDouble(++i, box.minLat());
            statement.setDouble(++i, box.maxLat());
            statement.setDouble(++i, box.minLon());
            statement.setDouble(++i, box.maxLon());
            statement.setDouble(++i, s.radiusKm * 1000.0);
            statement.setInt(++i, 10);
            statement.setInt(++i, 0);
            List<String> lines = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    lines.add(rows.getString(1).strip());
                }
            }
            return lines;
        }
    }

    private static String percentiles(List<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format(Locale.ROOT, "p50 %6.2f ms   p95 %6.2f ms   p99 %6.2f ms   max %6.2f ms",
                at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted[sorted.length - 1]);
    }

    private static double at(double[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    private static String version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("show server_version")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void line(StringBuilder report, String format, Object... args) {
        report.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
