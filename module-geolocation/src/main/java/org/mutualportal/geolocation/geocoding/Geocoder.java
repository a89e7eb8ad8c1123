package org.mutualportal.geolocation.geocoding;

import java.util.List;
import java.util.Optional;

/**
 * Turns addresses into coordinates, and partial addresses into suggestions. Implementations: the Base
 * Adresse Nationale ({@link BanGeocoder}), the offline postcode table ({@link PostcodeGeocoder}), and the
 * portal's choice between them ({@link Geocoding}).
 */
public interface Geocoder {

    /** The best match for the address, if any is good enough. */
    Optional<Place> locate(AddressQuery address);

    /** Addresses or places starting like the text, best first (for suggestions as the member types). */
    List<Place> suggest(String text, int max);
}
