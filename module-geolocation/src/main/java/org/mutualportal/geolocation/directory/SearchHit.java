package org.mutualportal.geolocation.directory;

/**
 * One line of the results: who, where, how far, and what the data says about fees (null when unknown, in
 * which case the page says nothing rather than guessing).
 */
public record SearchHit(long id, Category category, String displayName, String professionLabel, String specialtyLabel,
        String siteName, String street, String addressComplement, String postcode, String city, String phone,
        String convention, Boolean tiersPayant, double latitude, double longitude, double distanceMeters) {
}
