package org.mutualportal.geolocation.geocoding;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An address to locate: structured (from the directory's files) or typed by a member (only {@code text}).
 *
 * @param text the address as one line; for structured addresses, built from the parts
 * @param postcode a five-digit postcode, if known
 * @param city the commune's name, if known
 * @param communeCode the commune's INSEE code, if known (the RPPS gives it: the offline table then finds the
 *        exact commune of a postcode shared by several)
 */
public record AddressQuery(String text, String postcode, String city, String communeCode) {

    public static AddressQuery typed(String text) {
        return new AddressQuery(text == null ? "" : text.strip(), null, null, null);
    }

    public static AddressQuery structured(String street, String postcode, String city, String communeCode) {
        String line = Stream.of(street, postcode, city).filter(s -> s != null && !s.isBlank()).map(String::strip)
                .collect(Collectors.joining(" "));
        return new AddressQuery(line, blankToNull(postcode), blankToNull(city), blankToNull(communeCode));
    }

    /** What identifies this address for "geocode again only if it changed". */
    public String key() {
        return (text + "|" + (communeCode == null ? "" : communeCode)).toUpperCase(Locale.FRANCE);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
