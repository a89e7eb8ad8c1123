package org.mutualportal.account.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.mutualportal.api.member.Member;
import org.mutualportal.api.member.MemberDirectory;
import org.mutualportal.api.security.SourceAttempts;
import org.mutualportal.api.security.TooManyAttempts;

/**
 * The card check of "Créer mon espace", also the one that proves which member an identity provider's person is
 * (link-identity): the member number's member must carry the names and birth date given. Names compare after
 * trimming, without case or accents, hyphens and apostrophes read as spaces and runs of spaces as one ("Le
 * Goff-Hérault" is "le goff herault"); the birth date exactly.
 *
 * <p>One place for the limits, so that both ways in are held by the same ones: a client source trying many cards is
 * refused before any lookup ({@link SourceAttempts}), and a member number with too many mismatches within a day
 * answers as a mismatch without being checked ({@link RegistrationAttempts}). An unknown number and a mismatch
 * cost the same work (one lookup) and give the same answer, an empty result.
 */
@ApplicationScoped
public class CardCheck {

    @Inject
    MemberDirectory members;

    @Inject
    RegistrationAttempts attempts;

    @Inject
    SourceAttempts sourceAttempts;

    /**
     * Refuses the attempt before any work when the client's source tried too many cards. Call it first, then
     * {@link #holder}: registration hashes the password in between, so that a refused attempt costs nothing.
     *
     * @throws TooManyAttempts when the source is slowed or refused
     */
    public void admit() {
        sourceAttempts.check(SourceAttempts.Kind.REGISTRATION_CHECK);
    }

    /**
     * The member whose card carries these data; a mismatch is counted, against the number and against the
     * client's source, in the caller's transaction (which must commit for the count to stay).
     *
     * @param membershipNumber as typed
     * @param lastName the family name
     * @param firstName the first given name
     * @param birthDate the birth date; {@code null} never matches
     * @return the member, or empty when the number is unknown, the data differ or the number is held back
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Member> holder(String membershipNumber, String lastName, String firstName, LocalDate birthDate) {
        Optional<Member> member = attempts.tooMany(membershipNumber) ? Optional.empty()
                : members.byMembershipNumber(membershipNumber)
                        .filter(m -> matches(m, lastName, firstName, birthDate));
        if (member.isEmpty()) {
            attempts.mismatch(membershipNumber);
            sourceAttempts.failed(SourceAttempts.Kind.REGISTRATION_CHECK);
        }
        return member;
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
