package org.mutualportal.geolocation.geocoding;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Base Adresse Nationale's search API ({@code GET <base>/search/?q=…}), answering GeoCodeJSON (a GeoJSON
 * FeatureCollection whose features carry {@code label}, {@code score}, {@code type}, {@code postcode},
 * {@code city} and a point {@code [longitude, latitude]}).
 *
 * <p>Every failure — timeout, status other than 200, an answer that is not the expected JSON, the local rate
 * limit — is a {@link GeocodingException}: the caller decides to fall back. A match scoring under
 * {@value #MIN_SCORE} is no match (BAN always answers something, even for nonsense).
 */
public class BanGeocoder implements Geocoder {

    static final double MIN_SCORE = 0.45;
    private static final Duration SUGGEST_WAIT = Duration.ofMillis(150);

    private final URI base;
    private final Duration timeout;
    private final RateLimiter limiter;
    private final HttpClient http;

    public BanGeocoder(String baseUrl, Duration timeout, int maxPerSecond) {
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        this.timeout = timeout;
        this.limiter = new RateLimiter(maxPerSecond);
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Override
    public Optional<Place> locate(AddressQuery address) {
        if (address.text().isBlank()) {
            return Optional.empty();
        }
        StringBuilder query = new StringBuilder("search/?limit=1&q=").append(encode(address.text()));
        if (address.postcode() != null) {
            query.append("&postcode=").append(encode(address.postcode()));
        }
        // An import may wait for its turn; a member's search should not wait long.
        List<Place> found = call(query.toString(), timeout);
        return found.stream().findFirst();
    }

    @Override
    public List<Place> suggest(String text, int max) {
        if (text == null || text.strip().length() < 3) {
            return List.of();
        }
        // A member is typing: wait a moment for a slot at most, then let the offline table answer.
        return call("search/?autocomplete=1&limit=" + max + "&q=" + encode(text.strip()), SUGGEST_WAIT);
    }

    private List<Place> call(String pathAndQuery, Duration maxWait) {
        if (!limiter.acquire(maxWait)) {
            throw new GeocodingException("BAN rate limit reached");
        }
        HttpRequest request = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(timeout)
                .header("Accept", "application/json").GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new GeocodingException("BAN did not answer within " + timeout.toMillis() + " ms", e);
        } catch (IOException e) {
            throw new GeocodingException("BAN unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GeocodingException("Interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw new GeocodingException("BAN answered HTTP " + response.statusCode());
        }
        return parse(response.body());
    }

    /** The places of a GeoCodeJSON answer scoring at least {@value #MIN_SCORE}, in the answer's order. */
    static List<Place> parse(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonObject root = reader.readObject();
            JsonArray features = root.getJsonArray("features");
            if (features == null) {
                throw new GeocodingException("BAN answer without features");
            }
            List<Place> places = new ArrayList<>();
            for (JsonValue value : features) {
                JsonObject feature = value.asJsonObject();
                JsonObject properties = feature.getJsonObject("properties");
                JsonArray coordinates = feature.getJsonObject("geometry").getJsonArray("coordinates");
                double score = properties.containsKey("score") ? properties.getJsonNumber("score").doubleValue() : 1;
                if (score < MIN_SCORE) {
                    continue;
                }
                double lon = ((JsonNumber) coordinates.get(0)).doubleValue();
                double lat = ((JsonNumber) coordinates.get(1)).doubleValue();
                if (Double.isNaN(lat) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
                    throw new GeocodingException("BAN answer with impossible coordinates");
                }
                places.add(new Place(properties.getString("label"), lat, lon, properties.getString("postcode", null),
                        properties.getString("city", null),
                        properties.getString("type", "municipality").toUpperCase(Locale.ROOT), "BAN"));
            }
            return places;
        } catch (JsonException | ClassCastException | NullPointerException | IllegalStateException
                | IndexOutOfBoundsException e) {
            throw new GeocodingException("Malformed BAN answer", e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
