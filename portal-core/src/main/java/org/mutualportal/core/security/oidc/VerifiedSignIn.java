package org.mutualportal.core.security.oidc;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.mutualportal.api.security.VerifiedIdentity;

/**
 * A person a provider vouched for in this browser: the ID token's signature, issuer, audience, expiry and nonce
 * were checked, and so was the user information's subject when the provider has that endpoint.
 *
 * @param provider the provider
 * @param subject its stable identifier of the person ({@code sub})
 * @param claims the ID token's claims and the user information's, merged (the ID token's win)
 * @param idToken the ID token as received, for the provider's logout ({@code id_token_hint})
 */
public record VerifiedSignIn(OidcSettings provider, String subject, JWTClaimsSet claims, String idToken) {

    /** Neither the ID token nor the claims (personal data): a sign-in may end up in a log. */
    @Override
    public String toString() {
        return "VerifiedSignIn[" + provider.key() + ", " + subject + "]";
    }

    /** The person as the module API shows them. */
    public VerifiedIdentity identity() {
        return new VerifiedIdentity(provider.key(), provider.label(), subject, text("given_name"), text("family_name"),
                date(text("birthdate")), text("email"));
    }

    /** A claim as text, or {@code null} when absent or not text. */
    public String text(String claim) {
        Object value = claims.getClaim(claim);
        return value instanceof String text && !text.isBlank() ? text.strip() : null;
    }

    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            // FranceConnect sends "yyyy-MM-dd"; a partial date (birth day unknown) matches no member card anyway.
            return null;
        }
    }
}
