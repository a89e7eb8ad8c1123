package org.mutualportal.api.security;

/**
 * The portal's roles (Jakarta Security groups).
 *
 * @since 1.0
 */
public final class Roles {
    /** A member (adhérent) with an activated web account. */
    public static final String MEMBER = "MEMBER";
    /** The mutual's staff answering members' requests. */
    public static final String STAFF = "STAFF";
    /** The mutual's IT running the portal. */
    public static final String ADMIN = "ADMIN";
    /** The management system calling the data-exchange API. */
    public static final String SYSTEM = "SYSTEM";

    private Roles() {
    }
}
