package org.mutualportal.api.security;

import java.time.OffsetDateTime;

/**
 * An account's link to a person at an identity provider: signing in there signs in to this account.
 *
 * @param id the link's id, to remove it
 * @param provider the provider's key in the configuration
 * @param providerLabel the provider's name as members know it
 * @param linkedAt when the link was made
 * @param lastUsedAt the last sign-in through it, or {@code null}
 * @since 1.3
 */
public record ExternalLink(long id, String provider, String providerLabel, OffsetDateTime linkedAt,
        OffsetDateTime lastUsedAt) {
}
