package org.mutualportal.api.security;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A person as an identity provider (FranceConnect, or another OpenID Connect provider the mutual configured for
 * its members) vouched for them in this browser: the ID token's signature, issuer, audience, expiry and nonce
 * were checked by the core before this exists.
 *
 * @param provider the provider's key in the configuration ({@code franceconnect} for
 *        {@code portal.oidc.franceconnect.*})
 * @param providerLabel the provider's name as members know it ("FranceConnect")
 * @param subject the provider's stable identifier of the person ({@code sub})
 * @param givenNames the given names, space separated as the provider sends them ({@code given_name}); may be
 *        {@code null} when the provider does not send it
 * @param familyName the birth family name ({@code family_name}); may be {@code null}
 * @param birthDate {@code birthdate}; may be {@code null}
 * @param email the address the provider gave ({@code email}), not verified by the portal; may be {@code null}
 * @since 1.3
 */
public record VerifiedIdentity(String provider, String providerLabel, String subject, String givenNames,
        String familyName, LocalDate birthDate, String email) implements Serializable {

    /**
     * The first of the given names: member cards carry one first name, FranceConnect sends all of them
     * ("Marie Louise Jeanne").
     *
     * @return the first given name, or {@code null}
     */
    public String firstGivenName() {
        if (givenNames == null || givenNames.isBlank()) {
            return null;
        }
        return givenNames.strip().split("\\s+")[0];
    }
}
