package org.mutualportal.geolocation.geocoding;

/**
 * A geocoding service did not answer usefully (timeout, error status, malformed answer, rate limit): the
 * caller falls back to the offline table rather than failing the member's search or the import.
 */
public class GeocodingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GeocodingException(String message) {
        super(message);
    }

    public GeocodingException(String message, Throwable cause) {
        super(message, cause);
    }
}
