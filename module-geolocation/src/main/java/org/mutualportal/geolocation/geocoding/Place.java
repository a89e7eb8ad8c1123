package org.mutualportal.geolocation.geocoding;

/**
 * A located address or place, as a geocoder answers: what to show (the label), where it is, and how precise
 * that is — the member is told when the point is only the centre of a commune.
 *
 * @param precision {@code HOUSENUMBER}, {@code STREET}, {@code LOCALITY} or {@code MUNICIPALITY} (BAN's
 *        types, upper case); a postcode-table answer is always {@code MUNICIPALITY}
 * @param source {@code BAN} or {@code POSTCODE}
 */
public record Place(String label, double latitude, double longitude, String postcode, String city, String precision,
        String source) {

    public boolean isMunicipalityOnly() {
        return "MUNICIPALITY".equals(precision);
    }
}
