package org.mutualportal.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The console's rules that need no server: secret keys, masked recipients, search criteria in URLs. */
class AdminConsoleTest {

    @Test
    void keysThatNameASecretAreMaskedWhateverTheirCase() {
        assertThat(ConfigurationReport.isSecret("portal.db.password")).isTrue();
        assertThat(ConfigurationReport.isSecret("portal.documents.signing-KEY")).isTrue();
        assertThat(ConfigurationReport.isSecret("portal.exchange.clients")).isTrue();
        assertThat(ConfigurationReport.isSecret("portal.api.Token")).isTrue();
        assertThat(ConfigurationReport.isSecret("portal.vault.secret-id")).isTrue();
        assertThat(ConfigurationReport.isSecret("portal.sso.credentials")).isTrue();
        assertThat(ConfigurationReport.isSecret("portal.mail.username")).isFalse();
        assertThat(ConfigurationReport.isSecret("portal.login.lock-minutes")).isFalse();
    }

    @Test
    void aRecipientKeepsOnlyItsFirstLettersAndDomain() {
        assertThat(OutboxAdmin.maskRecipient("marie.leroy@example.fr")).isEqualTo("ma•••@example.fr");
        assertThat(OutboxAdmin.maskRecipient("jo@example.fr")).isEqualTo("j•••@example.fr");
        assertThat(OutboxAdmin.maskRecipient("x@example.fr")).isEqualTo("x•••@example.fr");
        assertThat(OutboxAdmin.maskRecipient("not-an-address")).isEqualTo("no•••");
        assertThat(OutboxAdmin.maskRecipient(null)).isEmpty();
    }

    @Test
    void criteriaTravelInTheUrlAndMalformedValuesAreDropped() {
        AuditCriteria criteria = AuditCriteria.parse("2026-03-01", "31/03/2026", " login_failed ", "jean@example.fr", " ");

        assertThat(criteria.from()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(criteria.to()).as("not an ISO date").isNull();
        assertThat(criteria.action()).isEqualTo("LOGIN_FAILED");
        assertThat(criteria.target()).isNull();
        assertThat(criteria.query()).isEqualTo("from=2026-03-01&action=LOGIN_FAILED&actor=jean%40example.fr");
        assertThat(AuditCriteria.parse(null, null, null, null, null).describe()).isEqualTo("all");
        assertThat(AuditCriteria.parse(null, null, null, "a".repeat(500), null).actor()).hasSize(AuditCriteria.MAX_TEXT);
    }

    @Test
    void onlyAccountReferencesNameAnAccount() {
        assertThat(ActorNames.accountId("account:42")).isEqualTo(42L);
        assertThat(ActorNames.accountId("account:")).isNull();
        assertThat(ActorNames.accountId("account:4x")).isNull();
        assertThat(ActorNames.accountId("member:42")).isNull();
        assertThat(ActorNames.accountId("system")).isNull();
    }
}
