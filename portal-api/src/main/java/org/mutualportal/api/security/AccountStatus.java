package org.mutualportal.api.security;

/**
 * Where a web account stands. Only {@code ACTIVE} accounts may sign in.
 *
 * @since 1.0
 */
public enum AccountStatus {
    /** Registered, waiting for the activation link to be followed. */
    PENDING_ACTIVATION,
    /** May sign in. */
    ACTIVE,
    /** Closed by its owner or an administrator. */
    CLOSED
}
