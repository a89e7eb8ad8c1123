package org.mutualportal.account.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.mutualportal.account.password.PasswordPolicy.Violation;

class PasswordPolicyTest {

    private static final PasswordPolicy POLICY = PasswordPolicy.defaults();

    @Test
    void acceptsAPasswordOfTheGuide() {
        assertThat(POLICY.check("Vacances-Ete2026", List.of("Leroy", "Marie"))).isEmpty();
        assertThat(POLICY.check("clé€Garçon9", List.of())).as("accents and euro count").isEmpty();
    }

    @Test
    void namesEveryRuleABadPasswordBreaks() {
        assertThat(POLICY.check("abc", List.of()))
                .contains(Violation.TOO_SHORT, Violation.NO_UPPERCASE, Violation.NO_DIGIT, Violation.NO_SPECIAL);
    }

    @Test
    void refusesCommonPasswordsEvenDecorated() {
        assertThat(POLICY.check("Azerty123!!", List.of())).contains(Violation.COMMON);
        assertThat(POLICY.check("Motdepasse2026!", List.of())).contains(Violation.COMMON);
        assertThat(POLICY.check("P@ssword1234", List.of())).doesNotContain(Violation.COMMON);
        assertThat(POLICY.check("2026!Marseille", List.of())).contains(Violation.COMMON);
    }

    @Test
    void refusesPasswordsBuiltOnTheMembersNameOrAddress() {
        assertThat(POLICY.check("Leroy#Bonheur77", List.of("Leroy", "Marie", "marie.leroy@example.fr")))
                .containsExactly(Violation.PERSONAL);
        assertThat(POLICY.check("Léa!Voyage2026", List.of("LEA"))).as("3 letters are too short to count").isEmpty();
    }

    @Test
    void theLengthRuleIsConfigurable() {
        PasswordPolicy twelve = new PasswordPolicy(12, true, true, true, true);
        assertThat(twelve.check("Vacances-E1", List.of())).contains(Violation.TOO_SHORT);
        assertThat(new PasswordPolicy(10, true, true, true, false).check("Vacances2026x", List.of())).isEmpty();
    }

    @Property
    void everyAcceptedPasswordHasEveryCharacterClassAndTheLength(@ForAll @StringLength(max = 40) String candidate) {
        if (POLICY.check(candidate, List.of()).isEmpty()) {
            assertThat(candidate.codePointCount(0, candidate.length())).isGreaterThanOrEqualTo(10);
            assertThat(candidate.codePoints().anyMatch(Character::isLowerCase)).isTrue();
            assertThat(candidate.codePoints().anyMatch(Character::isUpperCase)).isTrue();
            assertThat(candidate.codePoints().anyMatch(Character::isDigit)).isTrue();
            assertThat(candidate.codePoints().anyMatch(c -> !Character.isLetterOrDigit(c))).isTrue();
        }
    }

    @Property
    void aPasswordMissingOneClassIsAlwaysRefusedForThatClass(@ForAll("withoutDigits") String candidate) {
        assertThat(POLICY.check(candidate, List.of())).contains(Violation.NO_DIGIT);
    }

    @Property
    void wellFormedRandomPasswordsAreAccepted(@ForAll("strong") String candidate) {
        assertThat(POLICY.check(candidate, List.of("Leroy", "Marie"))).isEmpty();
    }

    @Provide
    Arbitrary<String> withoutDigits() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withChars("!?#-_€é")
                .ofMinLength(10).ofMaxLength(30);
    }

    @Provide
    Arbitrary<String> strong() {
        Arbitrary<String> lower = Arbitraries.strings().withCharRange('a', 'z').ofLength(4);
        Arbitrary<String> upper = Arbitraries.strings().withCharRange('A', 'Z').ofLength(3);
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofLength(2);
        Arbitrary<String> special = Arbitraries.of("!", "#", "€", "?", "-", "@");
        return Combinators.combine(lower, upper, digits, special).as((l, u, d, s) -> u + s + l + d + "q");
    }
}
