package org.mutualportal.geolocation.directory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The search as one SQL statement, shared by the portal and the benchmark so that what is measured is what
 * runs. Without PostGIS: the index on (category, latitude, longitude, id) answers a bounding box by an
 * index-only scan, the haversine distance is computed on the ids inside it, the corners beyond the
 * radius are dropped, and only the page's rows are read from the table; ordering, paging and the total are
 * done by PostgreSQL — one round trip per page. Reading whole rows for every candidate (a dense city, the
 * largest radius) was what cost time: 60 ms for 36 000 candidates among 500 000 rows, 30 ms without —
 * see the benchmark, and {@link DirectoryWriter#reorganize()} which keeps the index fit for that scan.
 */
public final class ProximitySearch {

    /** The statement, public so that the benchmark explains exactly what the portal runs. */
    public static final String SQL = """
            with near as materialized (
                select id, distance
                -- Metres per degree of the mean-radius sphere (6 371 008.8 m × π / 180), times the equirectangular
                -- distance at the pair's mean latitude: within 1 m of the haversine distance up to the 20 km of the
                -- largest radius, with one trigonometric call per candidate instead of five.
                from (select id, 111195.0802335329 * sqrt(power(latitude - ?, 2)
                             + power(cos(radians((latitude + ?) / 2)) * (longitude - ?), 2)) as distance
                      from geo_professional
                      where category = ? and latitude is not null
                        and latitude between ? and ? and longitude between ? and ?
                      -- The index's own order: one more reason for the planner to take the index-only
                      -- scan (a bitmap scan would have to sort), which reads no table row for candidates.
                      order by category, latitude, longitude, id) box
                where distance <= ?),
            page as (select id, distance from near order by distance, id limit ? offset ?)
            select p.id, p.category, p.display_name, p.profession_label, p.specialty_label, p.site_name, p.street,
                   p.address_complement, p.postcode, p.city, p.phone, p.convention, p.tiers_payant, p.latitude,
                   p.longitude, page.distance, (select count(*) from near) as total
            from page join geo_professional p on p.id = page.id
            order by page.distance, page.id""";

    private ProximitySearch() {
    }

    /**
     * One page of the professionals of a category within a radius, nearest first.
     *
     * @param first index of the first result (0-based)
     * @param max page size
     */
    public static SearchResults run(Connection connection, Category category, double lat, double lon, double radiusMeters,
            int first, int max) throws SQLException {
        GeoMath.Box box = GeoMath.box(lat, lon, radiusMeters);
        try (PreparedStatement statement = connection.prepareStatement(SQL)) {
            int i = 0;
            statement.setDouble(++i, lat);
            statement.setDouble(++i, lat);
            statement.setDouble(++i, lon);
            statement.setString(++i, category.name());
            statement.setDouble(++i, box.minLat());
            statement.setDouble(++i, box.maxLat());
            statement.setDouble(++i, box.minLon());
            statement.setDouble(++i, box.maxLon());
            statement.setDouble(++i, radiusMeters);
            statement.setInt(++i, max);
            statement.setInt(++i, first);
            List<SearchHit> hits = new ArrayList<>(max);
            long total = 0;
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    total = rows.getLong("total");
                    Boolean tiersPayant = rows.getBoolean("tiers_payant");
                    if (rows.wasNull()) {
                        tiersPayant = null;
                    }
                    hits.add(new SearchHit(rows.getLong("id"), Category.valueOf(rows.getString("category")),
                            rows.getString("display_name"), rows.getString("profession_label"),
                            rows.getString("specialty_label"), rows.getString("site_name"), rows.getString("street"),
                            rows.getString("address_complement"), rows.getString("postcode"), rows.getString("city"),
                            rows.getString("phone"), rows.getString("convention"), tiersPayant,
                            rows.getDouble("latitude"), rows.getDouble("longitude"), rows.getDouble("distance")));
                }
            }
            if (hits.isEmpty() && first > 0) {
                // Past the last page: the window count came back with no row, count on its own.
                return new SearchResults(List.of(), count(connection, category, lat, lon, radiusMeters));
            }
            return new SearchResults(List.copyOf(hits), total);
        }
    }

    private static long count(Connection connection, Category category, double lat, double lon, double radiusMeters)
            throws SQLException {
        SearchResults firstPage = run(connection, category, lat, lon, radiusMeters, 0, 1);
        return firstPage.total();
    }
}
