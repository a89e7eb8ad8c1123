package org.mutualportal.api.validation;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * French postcodes and the communes they serve — La Poste's official list (35 684 pairs), shipped in the API
 * JAR, loaded once. Checks that a postcode exists and that the commune typed belongs to it, whatever the
 * case, accents, hyphens or "Saint"/"St" abbreviation. An application-scoped CDI bean, immutable once loaded;
 * the {@link FrenchPostcode} constraint uses it.
 *
 * @since 1.0
 */
@ApplicationScoped
public class FrenchPostcodes {

    private static final String DATA = "org/mutualportal/api/validation/postcodes.csv.gz";

    private final Map<String, List<Commune>> byPostcode = load();

    /**
     * A commune served by a postcode.
     *
     * @param inseeCode the commune's INSEE code
     * @param name its name
     * @param deliveryLabel La Poste's delivery label ("libellé d'acheminement"), in capitals
     */
    public record Commune(String inseeCode, String name, String deliveryLabel) {
    }

    /** Loads the list (the container does, once). */
    public FrenchPostcodes() {
    }

    /**
     * Whether La Poste's list has the postcode.
     *
     * @param postcode five digits; may be {@code null}
     * @return {@code true} when it exists
     */
    public boolean exists(String postcode) {
        return byPostcode.containsKey(postcode == null ? "" : postcode.strip());
    }

    /**
     * The communes of a postcode, by name.
     *
     * @param postcode five digits; may be {@code null}
     * @return never {@code null}; empty for an unknown postcode
     */
    public List<Commune> communes(String postcode) {
        return byPostcode.getOrDefault(postcode == null ? "" : postcode.strip(), List.of());
    }

    /**
     * The commune of this postcode matching the name typed, if any.
     *
     * @param postcode five digits
     * @param commune as typed
     * @return the commune, or empty
     */
    public java.util.Optional<Commune> find(String postcode, String commune) {
        String typed = key(commune);
        return communes(postcode).stream()
                .filter(c -> key(c.name()).equals(typed) || key(c.deliveryLabel()).equals(typed))
                .findFirst();
    }

    /** Case-, accent- and punctuation-insensitive form of a commune name ("St-Étienne" = "SAINT ETIENNE"). */
    static String key(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.FRANCE).replaceAll("[^A-Z0-9]+", " ").strip();
        return (" " + plain + " ").replace(" STE ", " SAINTE ").replace(" ST ", " SAINT ").strip();
    }

    private static Map<String, List<Commune>> load() {
        Map<String, List<Commune>> map = new HashMap<>(48_000);
        try (InputStream raw = FrenchPostcodes.class.getClassLoader().getResourceAsStream(DATA);
                BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("#") || line.startsWith("postcode;")) {
                    continue;
                }
                String[] f = line.split(";", -1);
                map.computeIfAbsent(f[0], k -> new ArrayList<>(2)).add(new Commune(f[1], f[2], f[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return map;
    }
}
