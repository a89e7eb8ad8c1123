package org.mutualportal.api.member;

import java.io.Serializable;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A postal address in the French standard's shape (NF Z10-011: lines of at most 38 characters): an immutable
 * value.
 *
 * @since 1.0
 */
public final class PostalAddress implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Longest line of a French postal address (NF Z10-011). */
    public static final int LINE_LENGTH = 38;

    private final String line1;
    private final String line2;
    private final String postcode;
    private final String city;
    private final String country;

    /**
     * An address; every part may be {@code null} except as the caller's own rules require.
     *
     * @param line1 number and street
     * @param line2 building, staircase, lieu-dit
     * @param postcode five digits in France
     * @param city the commune's delivery label
     * @param country the country, {@code null} or "France" in France
     */
    public PostalAddress(String line1, String line2, String postcode, String city, String country) {
        this.line1 = line1;
        this.line2 = line2;
        this.postcode = postcode;
        this.city = city;
        this.country = country;
    }

    /**
     * Number and street.
     *
     * @return the line, or {@code null}
     */
    public String getLine1() {
        return line1;
    }

    /**
     * Building, staircase, lieu-dit.
     *
     * @return the line, or {@code null}
     */
    public String getLine2() {
        return line2;
    }

    /**
     * The postcode.
     *
     * @return the postcode, or {@code null}
     */
    public String getPostcode() {
        return postcode;
    }

    /**
     * The commune.
     *
     * @return the city, or {@code null}
     */
    public String getCity() {
        return city;
    }

    /**
     * The country.
     *
     * @return the country, or {@code null}
     */
    public String getCountry() {
        return country;
    }

    /**
     * The address on one line, as printed on a statement ("12 rue Paradis, 13001 Marseille").
     *
     * @return never {@code null}, empty when every part is
     */
    public String getOneLine() {
        return Stream.of(line1, line2, Stream.of(postcode, city).filter(Objects::nonNull).collect(Collectors.joining(" ")))
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(", "));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PostalAddress that && Objects.equals(line1, that.line1) && Objects.equals(line2, that.line2)
                && Objects.equals(postcode, that.postcode) && Objects.equals(city, that.city)
                && Objects.equals(country, that.country);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line1, line2, postcode, city, country);
    }

    @Override
    public String toString() {
        return getOneLine();
    }
}
