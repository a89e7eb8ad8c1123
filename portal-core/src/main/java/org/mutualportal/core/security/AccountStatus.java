package org.mutualportal.core.security;

/** Where a web account stands. Only {@code ACTIVE} accounts may sign in. */
public enum AccountStatus {
    /** Registered, waiting for the activation link to be followed. */
    PENDING_ACTIVATION,
    ACTIVE,
    /** Closed by its owner or an administrator. */
    CLOSED
}
