package org.mutualportal.account.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mutualportal.api.security.VerifiedIdentity;

/** The member proven between the linking page's two steps belongs to the identity it was proven for only. */
class ProvenMemberTest {

    private final VerifiedIdentity marie = identity("franceconnect", "sub-marie");

    @Test
    void aProvenMemberIsForTheSameIdentityOnly() {
        ProvenMember proven = new ProvenMember();
        proven.remember(marie, 42);

        assertThat(proven.memberFor(identity("franceconnect", "sub-marie"))).isEqualTo(42L);
        assertThat(proven.memberFor(identity("franceconnect", "sub-other"))).as("another person").isNull();
        assertThat(proven.memberFor(identity("other-provider", "sub-marie"))).as("another provider's subject").isNull();
    }

    @Test
    void nothingIsProvenBeforeNorAfterItIsForgotten() {
        ProvenMember proven = new ProvenMember();
        assertThat(proven.memberFor(marie)).isNull();

        proven.remember(marie, 42);
        proven.forget();

        assertThat(proven.memberFor(marie)).isNull();
    }

    private static VerifiedIdentity identity(String provider, String subject) {
        return new VerifiedIdentity(provider, "FranceConnect", subject, "Marie Louise", "Dupont",
                LocalDate.of(1980, 3, 12), null);
    }
}
