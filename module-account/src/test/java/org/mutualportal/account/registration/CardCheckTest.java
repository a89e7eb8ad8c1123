package org.mutualportal.account.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mutualportal.api.member.FamilySituation;
import org.mutualportal.api.member.Member;
import org.mutualportal.api.member.PostalAddress;

class CardCheckTest {

    private final Member lea = new Card("Le Goff-Hérault", "Léa", LocalDate.of(2010, 6, 21));

    @Test
    void namesCompareTrimmedWithoutCaseAccentsOrPunctuation() {
        assertThat(CardCheck.matches(lea, "  le goff herault ", "LEA", LocalDate.of(2010, 6, 21))).isTrue();
        assertThat(CardCheck.matches(lea, "Le Goff-Hérault", "Léa", LocalDate.of(2010, 6, 21))).isTrue();
    }

    @Test
    void anyDifferenceIsAMismatch() {
        assertThat(CardCheck.matches(lea, "Le Goff", "Léa", LocalDate.of(2010, 6, 21))).isFalse();
        assertThat(CardCheck.matches(lea, "Le Goff-Hérault", "Lea", LocalDate.of(2010, 6, 22))).isFalse();
        assertThat(CardCheck.matches(lea, "Le Goff-Hérault", "Léo", LocalDate.of(2010, 6, 21))).isFalse();
        assertThat(CardCheck.matches(null, "x", "y", LocalDate.of(2010, 6, 21))).isFalse();
    }

    /** What a member card shows: the only part of a member the check reads. */
    private record Card(String getLastName, String getFirstName, LocalDate getBirthDate) implements Member {

        @Override
        public Long getId() {
            return 1L;
        }

        @Override
        public String getExternalId() {
            return "X";
        }

        @Override
        public String getFullName() {
            return getFirstName + " " + getLastName;
        }

        @Override
        public String getEmail() {
            return null;
        }

        @Override
        public String getMobilePhone() {
            return null;
        }

        @Override
        public String getHomePhone() {
            return null;
        }

        @Override
        public FamilySituation getFamilySituation() {
            return null;
        }

        @Override
        public PostalAddress getAddress() {
            return null;
        }
    }
}
