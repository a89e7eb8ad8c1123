package org.mutualportal.geolocation.geocoding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The module's configuration in one place. The Base Adresse Nationale is off by default: the demo, the tests
 * and CI have no internet, and a mutual turns it on knowingly (its terms ask for at most 50 requests per
 * second per IP — {@code portal.geolocation.ban.max-per-second} stays well below).
 */
@ApplicationScoped
public class GeolocationSettings {

    @Inject
    @ConfigProperty(name = "portal.geolocation.ban.enabled", defaultValue = "false")
    boolean banEnabled;

    @Inject
    @ConfigProperty(name = "portal.geolocation.ban.url", defaultValue = "https://api-adresse.data.gouv.fr")
    String banUrl;

    @Inject
    @ConfigProperty(name = "portal.geolocation.ban.timeout-ms", defaultValue = "2000")
    int banTimeoutMs;

    @Inject
    @ConfigProperty(name = "portal.geolocation.ban.max-per-second", defaultValue = "20")
    int banMaxPerSecond;

    @Inject
    @ConfigProperty(name = "portal.geolocation.tiles.url", defaultValue = "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    String tilesUrl;

    @Inject
    @ConfigProperty(name = "portal.geolocation.tiles.attribution",
            defaultValue = "&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a>")
    String tilesAttribution;

    @Inject
    @ConfigProperty(name = "portal.geolocation.import-dir")
    Optional<String> importDir;

    @Inject
    @ConfigProperty(name = "portal.geolocation.rpps.charset", defaultValue = "auto")
    String rppsCharset;

    public boolean isBanEnabled() {
        return banEnabled;
    }

    public String getBanUrl() {
        return banUrl;
    }

    public Duration getBanTimeout() {
        return Duration.ofMillis(Math.max(100, banTimeoutMs));
    }

    public int getBanMaxPerSecond() {
        return Math.max(1, banMaxPerSecond);
    }

    public String getTilesUrl() {
        return tilesUrl;
    }

    public String getTilesAttribution() {
        return tilesAttribution;
    }

    /** Where administrators drop files to import; none means imports are not offered. */
    public Optional<String> getImportDir() {
        return importDir.filter(s -> !s.isBlank());
    }

    /** {@code auto}, or a charset name for the RPPS file ({@code UTF-8}, {@code ISO-8859-1}). */
    public String getRppsCharset() {
        return rppsCharset;
    }
}
