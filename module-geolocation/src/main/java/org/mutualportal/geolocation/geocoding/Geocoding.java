package org.mutualportal.geolocation.geocoding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The geocoder the portal uses: the Base Adresse Nationale when it is enabled, the postcode table when BAN
 * is off, fails, times out or finds nothing good enough. A member's search never fails because a remote
 * service is down; it is only less precise.
 */
@ApplicationScoped
public class Geocoding implements Geocoder {

    private static final Logger LOG = Logger.getLogger(Geocoding.class.getName());

    @Inject
    GeolocationSettings settings;

    @Inject
    PostcodeGeocoder offline;

    private volatile BanGeocoder ban;

    @Override
    public Optional<Place> locate(AddressQuery address) {
        BanGeocoder online = ban();
        if (online != null) {
            try {
                Optional<Place> found = online.locate(address);
                if (found.isPresent()) {
                    return found;
                }
            } catch (GeocodingException e) {
                LOG.log(Level.FINE, "BAN unavailable, offline table used: {0}", e.getMessage());
            }
        }
        return offline.locate(address);
    }

    @Override
    public List<Place> suggest(String text, int max) {
        BanGeocoder online = ban();
        if (online != null) {
            try {
                List<Place> found = online.suggest(text, max);
                if (!found.isEmpty()) {
                    return found;
                }
            } catch (GeocodingException e) {
                LOG.log(Level.FINE, "BAN unavailable, offline table used: {0}", e.getMessage());
            }
        }
        return offline.suggest(text, max);
    }

    private BanGeocoder ban() {
        if (!settings.isBanEnabled()) {
            return null;
        }
        if (ban == null) {
            synchronized (this) {
                if (ban == null) {
                    ban = new BanGeocoder(settings.getBanUrl(), settings.getBanTimeout(), settings.getBanMaxPerSecond());
                }
            }
        }
        return ban;
    }
}
