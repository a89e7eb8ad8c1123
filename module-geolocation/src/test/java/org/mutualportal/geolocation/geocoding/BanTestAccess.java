package org.mutualportal.geolocation.geocoding;

import java.util.List;

/** Lets the in-container test reach the adapter's answer parser (package-private on purpose). */
public final class BanTestAccess {

    private BanTestAccess() {
    }

    public static List<Place> parse(String body) {
        return BanGeocoder.parse(body);
    }
}
