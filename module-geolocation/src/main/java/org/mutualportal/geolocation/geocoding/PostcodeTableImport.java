package org.mutualportal.geolocation.geocoding;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Loads a larger postcode → coordinates table for the offline geocoder (the shipped one covers the
 * Bouches-du-Rhône only). Reads CSV with ';' or ',' and a header naming its columns, in either of two
 * shapes: this module's own ({@code postcode;commune_code;commune;latitude;longitude}) or La Poste's "Base
 * officielle des codes postaux" with coordinates ({@code Code_commune_INSEE;Nom_commune;Code_postal;…;
 * coordonnees_gps} where the last is "lat, lon"). Rows are upserted on (postcode, commune code); lines
 * without coordinates are skipped and counted.
 */
@ApplicationScoped
public class PostcodeTableImport {

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    /** What an import did. */
    public record Report(int read, int written, int unchanged, int skipped) {
    }

    @Transactional
    public Report importCsv(InputStream input) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
        String header = reader.readLine();
        while (header != null && header.startsWith("#")) {
            header = reader.readLine();
        }
        if (header == null) {
            return new Report(0, 0, 0, 0);
        }
        String separator = header.contains(";") ? ";" : ",";
        List<String> columns = new ArrayList<>();
        for (String column : header.replace("\uFEFF", "").split(separator, -1)) {
            columns.add(normalize(column));
        }
        int postcode = index(columns, "postcode", "code_postal");
        int commune = index(columns, "commune_code", "code_commune_insee", "code_commune");
        int name = index(columns, "commune", "nom_commune", "nom_de_la_commune");
        int latitude = columns.indexOf("latitude");
        int longitude = columns.indexOf("longitude");
        int gps = index(columns, "coordonnees_gps", "_gps", "gps");
        if (postcode < 0 || commune < 0 || name < 0 || (gps < 0 && (latitude < 0 || longitude < 0))) {
            throw new IllegalArgumentException("Columns expected: postcode;commune_code;commune;latitude;longitude");
        }
        int read = 0;
        int written = 0;
        int unchanged = 0;
        int skipped = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement("""
                        insert into geo_postcode (postcode, commune_code, commune, latitude, longitude) values (?, ?, ?, ?, ?)
                        on conflict (postcode, commune_code) do update set commune = excluded.commune,
                            latitude = excluded.latitude, longitude = excluded.longitude
                        where (geo_postcode.commune, geo_postcode.latitude, geo_postcode.longitude)
                            is distinct from (excluded.commune, excluded.latitude, excluded.longitude)""")) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                read++;
                String[] f = line.split(separator, -1);
                try {
                    double lat;
                    double lon;
                    if (gps >= 0 && gps < f.length && !f[gps].isBlank()) {
                        String[] point = f[gps].replace("\"", "").split(",");
                        lat = Double.parseDouble(point[0].strip());
                        lon = Double.parseDouble(point[1].strip());
                    } else {
                        lat = Double.parseDouble(f[latitude].strip());
                        lon = Double.parseDouble(f[longitude].strip());
                    }
                    String code = f[postcode].strip();
                    String insee = f[commune].strip();
                    if (!code.matches("\\d{5}") || !insee.matches("[0-9AB]{5}") || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
                        skipped++;
                        continue;
                    }
                    upsert.setString(1, code);
                    upsert.setString(2, insee);
                    upsert.setString(3, f[name].strip());
                    upsert.setDouble(4, lat);
                    upsert.setDouble(5, lon);
                    if (upsert.executeUpdate() == 0) {
                        unchanged++;
                    } else {
                        written++;
                    }
                } catch (RuntimeException e) {
                    skipped++;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Postcode table import failed", e);
        }
        return new Report(read, written, unchanged, skipped);
    }

    private static int index(List<String> columns, String... names) {
        for (String name : names) {
            int i = columns.indexOf(name);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String normalize(String column) {
        return Normalizer.normalize(column.strip().replace("\"", ""), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace(' ', '_');
    }
}
