package org.mutualportal.core.security.oidc.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffClaimsTest {

    private static final StaffClaims DEFAULTS = new StaffClaims("groups", Set.of("portal-staff"), Set.of("portal-admin"),
            "email", false);

    @Test
    void aListClaimGivesEachRoleOnItsOwn() {
        assertThat(DEFAULTS.roles(claims("groups", List.of("compta", "portal-staff")))).containsExactly("STAFF");
        assertThat(DEFAULTS.roles(claims("groups", List.of("portal-admin")))).as("ADMIN does not bring STAFF")
                .containsExactly("ADMIN");
        assertThat(DEFAULTS.roles(claims("groups", List.of("portal-admin", "portal-staff")))).containsExactly("ADMIN", "STAFF");
        assertThat(DEFAULTS.roles(claims("groups", List.of("compta")))).isEmpty();
        assertThat(DEFAULTS.roles(new JWTClaimsSet.Builder().subject("x").build())).isEmpty();
    }

    @Test
    void aStringClaimIsSplitOnSpacesAndCommasAndKeycloakGroupPathsMatch() {
        assertThat(DEFAULTS.roles(claims("groups", "compta portal-staff"))).containsExactly("STAFF");
        assertThat(DEFAULTS.roles(claims("groups", "compta,portal-admin"))).containsExactly("ADMIN");
        assertThat(DEFAULTS.roles(claims("groups", List.of("/portal-staff")))).containsExactly("STAFF");
        assertThat(DEFAULTS.roles(claims("groups", "portal-staffs"))).as("whole values only").isEmpty();
    }

    @Test
    void aDottedPathReadsNestedObjectsUnlessAClaimHasTheWholeName() {
        StaffClaims keycloak = new StaffClaims("realm_access.roles", Set.of("agent"), Set.of("it"), "email", false);
        assertThat(keycloak.roles(claims("realm_access", Map.of("roles", List.of("agent", "offline_access")))))
                .containsExactly("STAFF");
        assertThat(keycloak.roles(claims("realm_access.roles", List.of("it")))).containsExactly("ADMIN");
        assertThat(keycloak.roles(claims("realm_access", "agent"))).as("not an object").isEmpty();
    }

    @Test
    void theLoginIsTheEmailElsePreferredUsernameWhenEitherIsAnAddress() {
        assertThat(DEFAULTS.login(claims("email", " Paul.Agent@Mutuelle.Example "))).contains("paul.agent@mutuelle.example");
        assertThat(DEFAULTS.login(new JWTClaimsSet.Builder().claim("preferred_username", "upn@mutuelle.example").build()))
                .contains("upn@mutuelle.example");
        assertThat(DEFAULTS.login(claims("preferred_username", "paul"))).isEmpty();
    }

    @Test
    void onlyAnAddressTheProviderVerifiedVouchesForTheLoginUnlessTheLoginClaimIsTrusted() {
        JWTClaimsSet verified = new JWTClaimsSet.Builder().claim("email", "A@b.fr").claim("email_verified", true).build();
        assertThat(DEFAULTS.loginVerified(verified, "a@b.fr")).isTrue();
        assertThat(DEFAULTS.loginVerified(new JWTClaimsSet.Builder().claim("email", "a@b.fr").claim("email_verified", "true")
                .build(), "a@b.fr")).as("as a string").isTrue();
        assertThat(DEFAULTS.loginVerified(new JWTClaimsSet.Builder().claim("email", "a@b.fr").claim("email_verified", false)
                .build(), "a@b.fr")).isFalse();
        assertThat(DEFAULTS.loginVerified(claims("email", "a@b.fr"), "a@b.fr")).as("Entra ID says nothing").isFalse();
        assertThat(DEFAULTS.loginVerified(new JWTClaimsSet.Builder().claim("email", "a@b.fr").claim("email_verified", true)
                .claim("preferred_username", "c@d.fr").build(), "c@d.fr"))
                .as("the verified address is not the login taken from another claim").isFalse();

        StaffClaims entra = new StaffClaims("groups", Set.of("portal-staff"), Set.of("portal-admin"), "upn", true);
        assertThat(entra.login(claims("upn", "C@d.fr"))).contains("c@d.fr");
        assertThat(entra.loginVerified(claims("upn", "C@d.fr"), "c@d.fr")).isTrue();
    }

    private static JWTClaimsSet claims(String name, Object value) {
        return new JWTClaimsSet.Builder().subject("s").claim(name, value).build();
    }
}
