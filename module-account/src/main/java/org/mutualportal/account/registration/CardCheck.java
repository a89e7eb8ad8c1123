package org.mutualportal.account.registration;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import org.mutualportal.api.member.Member;

/**
 * Compares what a person typed with the member card: names after trimming, without case or accents, hyphens
 * and apostrophes read as spaces and runs of spaces as one ("Le Goff-Hérault" is "le goff herault"), and the
 * birth date exactly.
 */
final class CardCheck {

    private CardCheck() {
    }

    static boolean matches(Member member, String lastName, String firstName, LocalDate birthDate) {
        return member != null && birthDate != null && birthDate.equals(member.getBirthDate())
                && fold(lastName).equals(fold(member.getLastName()))
                && fold(firstName).equals(fold(member.getFirstName()));
    }

    static String fold(String name) {
        if (name == null) {
            return "";
        }
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.FRANCE).replaceAll("[\\s'’\\-]+", " ").strip();
    }
}
