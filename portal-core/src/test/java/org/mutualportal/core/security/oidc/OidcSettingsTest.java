package org.mutualportal.core.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OidcSettingsTest {

    private static OidcSettings settings(String key, String style, Map<String, String> options) {
        return new OidcSettings(key, OidcSettings.Audience.MEMBERS, "https://idp.example/" + key,
                "https://idp.example/" + key + "/.well-known/openid-configuration", "client-" + key, "s3cr3t-value",
                List.of("openid"), key, style, null, "/oidc/" + key + "/callback", options);
    }

    @Test
    void settingsSignInsAttemptsAndPendingIdentitiesPrintNoSecretNorToken() {
        OidcSettings provider = settings("franceconnect", "franceconnect", Map.of("client-secret", "s3cr3t-value"));
        VerifiedSignIn signIn = new VerifiedSignIn(provider, "sub-1",
                new JWTClaimsSet.Builder().subject("sub-1").claim("family_name", "Leroy").build(), "eyJ.id-token.sig");
        PendingIdentity pending = new PendingIdentity(signIn.identity(), signIn.claims().toString(), signIn.idToken(), 1L);
        OidcAttempt attempt = new OidcAttempt("state-value", "nonce-value", "verifier-value", "franceconnect", "/home.xhtml",
                1L, true);

        assertThat(provider.toString()).contains("franceconnect").doesNotContain("s3cr3t-value");
        assertThat(signIn.toString()).contains("sub-1").doesNotContain("eyJ.id-token.sig").doesNotContain("Leroy");
        assertThat(pending.toString()).contains("sub-1").doesNotContain("eyJ.id-token.sig").doesNotContain("Leroy");
        assertThat(attempt.toString()).contains("franceconnect").doesNotContain("nonce-value").doesNotContain("verifier-value")
                .doesNotContain("state-value");
    }

    @Test
    void onlyFranceConnectsStyleVouchesForCivilIdentitiesUnlessConfigured() {
        assertThat(settings("franceconnect", "franceconnect", Map.of()).verifiedIdentity()).isTrue();
        assertThat(settings("sso", "plain", Map.of()).verifiedIdentity()).isFalse();
        assertThat(settings("sso", "plain", Map.of("verified-identity", "true")).verifiedIdentity()).isTrue();
        assertThat(settings("franceconnect", "franceconnect", Map.of("verified-identity", "false")).verifiedIdentity()).isFalse();
    }
}
