package org.mutualportal.core.security;

import org.mutualportal.api.security.AccountStatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebAccountTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 27, 8, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void locksAfterTheConfiguredNumberOfConsecutiveFailuresForTheConfiguredTime() {
        WebAccountEntity account = account();

        for (int i = 1; i < 5; i++) {
            assertThat(account.failed(NOW, 5, Duration.ofMinutes(15))).isFalse();
        }
        assertThat(account.failed(NOW, 5, Duration.ofMinutes(15))).isTrue();

        assertThat(account.isLocked(NOW.plusMinutes(14))).isTrue();
        assertThat(account.isLocked(NOW.plusMinutes(15))).isFalse();
    }

    @Test
    void aSuccessfulSignInResetsTheCountAndKeepsThePreviousSignIn() {
        WebAccountEntity account = account();
        account.failed(NOW, 5, Duration.ofMinutes(15));
        account.signedIn(NOW);
        account.signedIn(NOW.plusDays(1));

        assertThat(account.getFailedAttempts()).isZero();
        assertThat(account.getPreviousLoginAt()).isEqualTo(NOW);
        assertThat(account.getLastLoginAt()).isEqualTo(NOW.plusDays(1));
    }

    @Test
    void loginsAreStoredTrimmedAndInLowerCase() {
        assertThat(WebAccountEntity.normalizeLogin("  Marie.Leroy@Example.FR ")).isEqualTo("marie.leroy@example.fr");
        assertThat(account().getRoles()).containsExactly("MEMBER");
    }

    private static WebAccountEntity account() {
        return new WebAccountEntity(1L, "x@example.fr", "hash", Set.of("MEMBER"), AccountStatus.ACTIVE, NOW);
    }
}
