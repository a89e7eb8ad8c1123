package org.mutualportal.core.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OidcProvidersTest {

    @Test
    void providersConfiguredByPropertiesOrByEnvironmentVariablesAlikeAreFound() {
        assertThat(OidcProviders.providerKeys(List.of(
                "portal.oidc.franceconnect.client-id", "portal.oidc.franceconnect.issuer",
                "PORTAL_OIDC_MON_SSO_CLIENT_ID", "PORTAL_OIDC_MON_SSO_ISSUER",
                "portal.oidc.timeout-seconds", "PORTAL_DB_URL", "PATH")))
                .containsExactly("franceconnect", "mon-sso");
    }
}
