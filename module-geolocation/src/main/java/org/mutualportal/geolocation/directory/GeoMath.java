package org.mutualportal.geolocation.directory;

/**
 * Distances on the Earth (haversine on a sphere of the mean radius), the cheaper formula the search computes
 * in SQL ({@link #nearDistanceMeters}), and the latitude/longitude box that contains a circle — the box is what
 * the index can answer, the distance then trims its corners. Good to a few metres at the scale of a town,
 * which is what a member needs.
 */
public final class GeoMath {

    /** Mean Earth radius (IUGG), in metres. */
    public static final double EARTH_RADIUS_M = 6_371_008.8;

    private GeoMath() {
    }

    public static double distanceMeters(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /**
     * The distance {@link ProximitySearch} computes: equirectangular at the pair's mean latitude. Within 1 m of
     * {@link #distanceMeters} up to the search's largest radius (20 km) anywhere in France, for one cosine instead
     * of five trigonometric calls — what each of tens of thousands of candidates costs in a dense city.
     */
    public static double nearDistanceMeters(double lat1, double lon1, double lat2, double lon2) {
        double metresPerDegree = EARTH_RADIUS_M * Math.PI / 180;
        double dLon = Math.cos(Math.toRadians((lat1 + lat2) / 2)) * (lon2 - lon1);
        return metresPerDegree * Math.sqrt((lat2 - lat1) * (lat2 - lat1) + dLon * dLon);
    }

    /** A box around a circle: every point within {@code radiusMeters} of the centre lies inside it. */
    public record Box(double minLat, double maxLat, double minLon, double maxLon) {
    }

    public static Box box(double lat, double lon, double radiusMeters) {
        double dLat = Math.toDegrees(radiusMeters / EARTH_RADIUS_M);
        // The circle is widest in longitude at the latitude nearest the pole: use that one, with a margin.
        double widest = Math.min(89.0, Math.abs(lat) + dLat);
        double dLon = dLat / Math.cos(Math.toRadians(widest)) * 1.0001;
        return new Box(lat - dLat * 1.0001, lat + dLat * 1.0001, lon - dLon, lon + dLon);
    }

    /** A point displaced by metres to the north and east (for demo data and tests). */
    public static double[] offset(double lat, double lon, double northMeters, double eastMeters) {
        double newLat = lat + Math.toDegrees(northMeters / EARTH_RADIUS_M);
        double newLon = lon + Math.toDegrees(eastMeters / (EARTH_RADIUS_M * Math.cos(Math.toRadians(lat))));
        return new double[] {newLat, newLon};
    }
}
