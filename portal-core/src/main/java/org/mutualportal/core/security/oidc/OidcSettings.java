package org.mutualportal.core.security.oidc;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One OpenID Connect provider as configured under {@code portal.oidc.<key>.*} (see {@link OidcProviders}).
 *
 * @param key the provider's key in the configuration ({@code franceconnect})
 * @param audience who signs in through it
 * @param issuer the issuer identifier the ID tokens must carry
 * @param discoveryUrl where its metadata is read ({@code <issuer>/.well-known/openid-configuration} unless set)
 * @param clientId the portal's client id there (the ID tokens' audience)
 * @param clientSecret the portal's client secret there, or {@code null}
 * @param scopes the scopes asked for
 * @param label its name as people know it, for buttons and messages ("FranceConnect")
 * @param style how its button looks: {@code franceconnect} (FranceConnect's button) or {@code plain}
 * @param acrValues the {@code acr_values} to ask for ({@code eidas1} at FranceConnect), or {@code null}
 * @param redirectPath the callback's context-relative path registered at the provider
 * @param options every {@code portal.oidc.<key>.*} value by its name after the key, for settings read elsewhere
 *        (the staff's role claim, for instance)
 */
public record OidcSettings(String key, Audience audience, String issuer, String discoveryUrl, String clientId,
        String clientSecret, List<String> scopes, String label, String style, String acrValues, String redirectPath,
        Map<String, String> options) {

    /** Who signs in through a provider. */
    public enum Audience {
        /** Members ({@code audience=members}, the default): an identity linked to a member's account. */
        MEMBERS,
        /** The mutual's staff and administrators ({@code audience=staff}). */
        STAFF
    }

    /** A raw value of this provider's configuration ({@code portal.oidc.<key>.<name>}). */
    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name)).filter(value -> !value.isBlank());
    }

    /**
     * Whether the provider vouches for the person's civil identity (names, birth date), as FranceConnect does:
     * {@code portal.oidc.<key>.verified-identity}, by default only for FranceConnect's style. Only then may an
     * identity linked to no account be linked by the card check (member number, names, birth date); any other
     * provider's claims are whatever its user typed.
     */
    public boolean verifiedIdentity() {
        return option("verified-identity").map(Boolean::parseBoolean).orElse(franceConnectStyle());
    }

    /** Without the client secret nor the raw options (which hold it too): settings end up in logs. */
    @Override
    public String toString() {
        return "OidcSettings[" + key + ", " + audience + ", " + issuer + ", client " + clientId + "]";
    }

    /** Whether its button is FranceConnect's own. */
    public boolean franceConnectStyle() {
        return "franceconnect".equals(style);
    }

    /** Path of its sign-in start, context-relative. */
    public String startPath() {
        return "/oidc/" + key + "/start";
    }
}
