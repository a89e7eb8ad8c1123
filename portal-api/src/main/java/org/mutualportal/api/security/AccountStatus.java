package org.mutualportal.api.security;

/**
 * Where a web account stands. A password opens only an {@code ACTIVE} account; a member's sign-in through a linked
 * identity provider (FranceConnect) opens any account that is not {@code CLOSED} — one created through the provider
 * waits for its address to be confirmed and is used through the provider meanwhile.
 *
 * @since 1.0
 */
public enum AccountStatus {
    /** Registered, waiting for the activation link to be followed: no password sign-in yet, a provider's opens it. */
    PENDING_ACTIVATION,
    /** Signs in with its password or through a linked provider. */
    ACTIVE,
    /** Closed by its owner or an administrator: nothing opens it. */
    CLOSED
}
