package org.mutualportal.core.member;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import org.mutualportal.api.member.PostalAddress;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The columns of a member's postal address. Modules see the address as the API's immutable
 * {@link PostalAddress}; this embeddable is how the core stores it.
 */
@Embeddable
public class AddressColumns implements Serializable {

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

    protected AddressColumns() {
    }

    private AddressColumns(String line1, String line2, String postcode, String city, String country) {
        this.line1 = line1;
        this.line2 = line2;
        this.postcode = postcode;
        this.city = city;
        this.country = country;
    }

    static AddressColumns of(PostalAddress address) {
        return new AddressColumns(address.getLine1(), address.getLine2(), address.getPostcode(), address.getCity(),
                address.getCountry());
    }

    PostalAddress toAddress() {
        return new PostalAddress(line1, line2, postcode, city, country);
    }

    /** JPA leaves an embeddable whose columns are all null as null, or as an empty object: both mean no address. */
    boolean isEmpty() {
        return Stream.of(line1, line2, postcode, city, country).allMatch(Objects::isNull);
    }
}
