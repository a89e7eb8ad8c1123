package org.mutualportal.geolocation.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.mutualportal.geolocation.directory.GeoMath;

/**
 * Directory rows written straight to the database from the test JVM, placed by distance and bearing from a
 * point, the way an import would have left them. Each test uses its own point or category so that tests
 * sharing the database do not see each other's rows.
 */
final class TestDirectory {

    private final DataSource dataSource;

    TestDirectory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A professional {@code north}/{@code east} metres from the point; returns the generated source key. */
    String add(String category, String name, double lat, double lon, double north, double east, String convention,
            Boolean tiersPayant) {
        double[] p = GeoMath.offset(lat, lon, north, east);
        String key = "TEST:" + UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into geo_professional (source_key, category, display_name, profession_label, street,
                            postcode, city, phone, latitude, longitude, geocode_source, convention, tiers_payant)
                        values (?, ?, ?, 'Test', '1 rue du Test', '13006', 'Marseille', '0465710042', ?, ?, 'TEST', ?, ?)""")) {
            insert.setString(1, key);
            insert.setString(2, category);
            insert.setString(3, name);
            insert.setDouble(4, p[0]);
            insert.setDouble(5, p[1]);
            insert.setString(6, convention);
            insert.setObject(7, tiersPayant);
            insert.executeUpdate();
            return key;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
