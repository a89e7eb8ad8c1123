package org.mutualportal.geolocation.directory;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The directory as the member's search sees it. Reference data, the same for every member: nothing here is
 * scoped by member. The query is plain JDBC on the portal's datasource because it is one hand-written
 * statement (see {@link ProximitySearch}) that JPQL cannot express.
 */
@ApplicationScoped
public class Directory {

    /** The radii a member can choose, in kilometres. */
    public static final java.util.List<Integer> RADII_KM = java.util.List.of(1, 2, 5, 10, 20);

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    /** One page of a search, nearest first. */
    public SearchResults search(Category category, double lat, double lon, int radiusKm, int first, int max) {
        try (Connection connection = dataSource.getConnection()) {
            return ProximitySearch.run(connection, category, lat, lon, radiusKm * 1000.0, first, max);
        } catch (SQLException e) {
            throw new IllegalStateException("Directory search failed", e);
        }
    }
}
