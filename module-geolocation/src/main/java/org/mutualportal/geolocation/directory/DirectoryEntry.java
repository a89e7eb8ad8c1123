package org.mutualportal.geolocation.directory;

import java.util.Objects;

/**
 * One row of the directory as a source gives it (an RPPS line, a demo professional), before it is written.
 * Coordinates may be missing: the writer keeps such rows out of the search until they are located.
 *
 * @param sourceKey the upsert key ({@code PP:<rpps>:<site>}, {@code SITE:<site>}, {@code DEMO:<n>})
 * @param convention {@code SECTOR_1}, {@code SECTOR_2}, {@code UNCONVENTIONED}, or null when unknown
 * @param tiersPayant whether the professional practises tiers payant, or null when unknown
 * @param addressKey what the geocoder was given, so that an unchanged address is not geocoded again
 */
public record DirectoryEntry(String sourceKey, String rpps, Category category, String displayName,
        String professionCode, String professionLabel, String specialtyCode, String specialtyLabel, String siteName,
        String street, String addressComplement, String postcode, String city, String communeCode, String phone,
        Double latitude, Double longitude, String geocodeSource, String convention, Boolean tiersPayant,
        String addressKey) {

    public DirectoryEntry {
        Objects.requireNonNull(sourceKey, "sourceKey");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(displayName, "displayName");
    }

    /** The same entry placed at these coordinates. */
    public DirectoryEntry locatedAt(Double lat, Double lon, String source) {
        return new DirectoryEntry(sourceKey, rpps, category, displayName, professionCode, professionLabel, specialtyCode,
                specialtyLabel, siteName, street, addressComplement, postcode, city, communeCode, phone, lat, lon, source,
                convention, tiersPayant, addressKey);
    }

    public boolean isLocated() {
        return latitude != null && longitude != null;
    }
}
