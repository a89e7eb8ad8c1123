package org.mutualportal.account.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mutualportal.api.member.Member;
import org.mutualportal.core.member.MemberEntity;

/** The check against the member the directory returns: the core's entity, as registration reads it. */
class CardCheckTest {

    private final Member lea = new MemberEntity("X", "Le Goff-Hérault", "Léa", LocalDate.of(2010, 6, 21));

    @Test
    void namesCompareTrimmedWithoutCaseAccentsOrPunctuation() {
        assertThat(CardCheck.matches(lea, "  le goff herault ", "LEA", LocalDate.of(2010, 6, 21))).isTrue();
        assertThat(CardCheck.matches(lea, "Le Goff-Hérault", "Léa", LocalDate.of(2010, 6, 21))).isTrue();
        assertThat(CardCheck.matches(lea, "LE  GOFF'HERAULT", "léa", LocalDate.of(2010, 6, 21))).isTrue();
    }

    @Test
    void anyDifferenceIsAMismatch() {
        assertThat(CardCheck.matches(lea, "Le Goff", "Léa", LocalDate.of(2010, 6, 21))).isFalse();
        assertThat(CardCheck.matches(lea, "Le Goff-Hérault", "Lea", LocalDate.of(2010, 6, 22))).isFalse();
        assertThat(CardCheck.matches(lea, "Le Goff-Hérault", "Léo", LocalDate.of(2010, 6, 21))).isFalse();
        assertThat(CardCheck.matches(lea, "Le Goff-Hérault", "Léa", LocalDate.of(2010, 6, 22))).isFalse();
        assertThat(CardCheck.matches(lea, "Le Goff-Hérault", "Léa", null)).isFalse();
        assertThat(CardCheck.matches(lea, "LeGoff-Hérault", "Léa", LocalDate.of(2010, 6, 21))).isFalse();
        assertThat(CardCheck.matches(null, "x", "y", LocalDate.of(2010, 6, 21))).isFalse();
    }
}
