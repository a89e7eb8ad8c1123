package org.mutualportal.core.member;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A French postal address as the management system holds it (lines, postcode, commune, country). */
@Embeddable
public class PostalAddress implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "address_line1", length = 38)
    private String line1;

    @Column(name = "address_line2", length = 38)
    private String line2;

    @Column(name = "postcode", length = 10)
    private String postcode;

    @Column(name = "city", length = 60)
    private String city;

    @Column(name = "country", length = 60)
    private String country;

    protected PostalAddress() {
    }

    public PostalAddress(String line1, String line2, String postcode, String city, String country) {
        this.line1 = line1;
        this.line2 = line2;
        this.postcode = postcode;
        this.city = city;
        this.country = country;
    }

    public String getLine1() {
        return line1;
    }

    public String getLine2() {
        return line2;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getCity() {
        return city;
    }

    public String getCountry() {
        return country;
    }

    /** The address on one line, as printed on a statement. */
    public String getOneLine() {
        return Stream.of(line1, line2, join(postcode, city))
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(", "));
    }

    private static String join(String a, String b) {
        return Stream.of(a, b).filter(Objects::nonNull).collect(Collectors.joining(" "));
    }
}
