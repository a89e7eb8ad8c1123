package org.mutualportal.geolocation.geocoding;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The offline geocoder: the centre of the commune, from the mutual's postcode table ({@code geo_postcode},
 * seeded with the Bouches-du-Rhône, extended by administrators). Precise enough to rank professionals of a
 * town by distance; it is what answers when the Base Adresse Nationale is off, slow or down.
 */
@ApplicationScoped
public class PostcodeGeocoder implements Geocoder {

    private static final Pattern POSTCODE = Pattern.compile("\\b(\\d{5})\\b");
    private static final String SELECT = "select postcode, commune_code, commune, latitude, longitude from geo_postcode ";
    /** For a postcode shared by several communes, the one whose code ends like the postcode first (13007 → 13207). */
    private static final String MAIN_FIRST = " order by case when right(commune_code, 2) = right(postcode, 2) then 0 else 1 end, "
            + "commune_code";

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    @Override
    public Optional<Place> locate(AddressQuery address) {
        String postcode = address.postcode();
        String text = address.text() == null ? "" : address.text();
        if (postcode == null) {
            Matcher m = POSTCODE.matcher(text);
            postcode = m.find() ? m.group(1) : null;
        }
        if (postcode != null) {
            if (address.communeCode() != null) {
                Optional<Place> exact = first(SELECT + "where postcode = ? and commune_code = ?", postcode, address.communeCode());
                if (exact.isPresent()) {
                    return exact;
                }
            }
            int at = text.indexOf(postcode);
            String city = key(address.city() != null ? address.city() : at < 0 ? "" : text.substring(at + 5));
            if (!city.isEmpty()) {
                Optional<Place> named = first(SELECT + "where postcode = ? and search_key like ?" + MAIN_FIRST,
                        postcode, city + "%");
                if (named.isPresent()) {
                    return named;
                }
            }
            return first(SELECT + "where postcode = ?" + MAIN_FIRST, postcode);
        }
        // No postcode: the last part of the text is taken as the commune ("12 rue X, Aix-en-Provence").
        String[] parts = text.split(",");
        String city = key(parts[parts.length - 1]);
        if (city.length() < 2) {
            return Optional.empty();
        }
        return first(SELECT + "where search_key = ? or search_key like ?" + MAIN_FIRST, city, city + " %");
    }

    @Override
    public List<Place> suggest(String text, int max) {
        String typed = text == null ? "" : text.strip();
        if (typed.length() < 2) {
            return List.of();
        }
        if (typed.matches("\\d{2,5}.*")) {
            String digits = typed.replaceAll("\\D.*", "");
            return query(SELECT + "where postcode like ? order by postcode, commune_code limit ?", digits + "%", max);
        }
        return query(SELECT + "where search_key like ? order by search_key, postcode limit ?", key(typed) + "%", max);
    }

    private Optional<Place> first(String sql, Object... parameters) {
        Object[] withLimit = java.util.Arrays.copyOf(parameters, parameters.length + 1);
        withLimit[parameters.length] = 1;
        return query(sql + " limit ?", withLimit).stream().findFirst();
    }

    private List<Place> query(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Place> places = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String commune = rows.getString("commune");
                    places.add(new Place(rows.getString("postcode") + " " + commune, rows.getDouble("latitude"),
                            rows.getDouble("longitude"), rows.getString("postcode"), commune, "MUNICIPALITY", "POSTCODE"));
                }
            }
            return places;
        } catch (SQLException e) {
            throw new IllegalStateException("Postcode table unreadable", e);
        }
    }

    /** The table's search key: upper case, no accents, letters and digits separated by single spaces. */
    static String key(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.FRANCE).replaceAll("[^A-Z0-9]+", " ").strip();
        return plain.replaceAll("^STE ", "SAINTE ").replaceAll("^ST ", "SAINT ");
    }
}
