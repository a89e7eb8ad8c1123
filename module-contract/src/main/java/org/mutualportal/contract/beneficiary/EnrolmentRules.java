package org.mutualportal.contract.beneficiary;

import static org.mutualportal.contract.request.FormChecks.refusal;
import static org.mutualportal.contract.request.FormChecks.sharedRefusal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.mutualportal.api.error.BusinessException;
import org.mutualportal.api.member.Beneficiary;
import org.mutualportal.api.member.Relationship;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.validation.SocialSecurityNumber;

/**
 * The rules a new beneficiary must meet before the mutual's staff see the request, so that a member learns
 * at once what the staff would refuse a week later: a real name, a plausible birth date for the relationship
 * (a child up to the age the statutes allow, an adult spouse), a valid NIR agreeing with the birth date, a
 * start date from today (from birth for a newborn) up to a few months ahead, and nobody enrolled twice.
 * Each problem is the refusal the service throws, named after the form's property it concerns.
 */
public final class EnrolmentRules {

    /**
     * A name as typed in the form: the rule's letters, apostrophes, spaces and hyphens, with the spaces the form
     * trims and collapses before the rule reads it (so that what passes here passes {@link #check} too).
     */
    public static final String TYPED_NAME = "\\s*\\p{L}[\\p{L}'\\s\\-]{0,79}\\s*";

    private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}' \\-]{0,79}");
    private static final int NEWBORN_DAYS = 90;

    private final int childMaxAge;
    private final int monthsAhead;

    /**
     * @param childMaxAge the oldest age a child may be enrolled at (the statutes' "jusqu'à 28 ans" gives 27)
     * @param monthsAhead how far ahead a start date may be
     */
    public EnrolmentRules(int childMaxAge, int monthsAhead) {
        this.childMaxAge = childMaxAge;
        this.monthsAhead = monthsAhead;
    }

    /** The date the form proposes: the first day of next month. */
    public static LocalDate defaultStart(LocalDate today) {
        return today.withDayOfMonth(1).plusMonths(1);
    }

    /** The earliest start allowed: today, or the birth date for a newborn. */
    public LocalDate earliestStart(LocalDate birthDate, LocalDate today) {
        return birthDate != null && !birthDate.isAfter(today) && birthDate.isAfter(today.minusDays(NEWBORN_DAYS))
                ? birthDate : today;
    }

    public LocalDate latestStart(LocalDate today) {
        return today.plusMonths(monthsAhead);
    }

    /**
     * Every problem of an enrolment, in the order of the form.
     *
     * @param covered the membership's beneficiaries
     * @param memberNir the member's own NIR, or {@code null} when unknown
     * @return the refusals, each on its property; empty when the enrolment may be requested
     */
    public List<BusinessException> check(Enrolment enrolment, LocalDate today, List<? extends Beneficiary> covered,
            String memberNir) {
        List<BusinessException> problems = new ArrayList<>();
        if (enrolment.relationship() == null || enrolment.relationship() == Relationship.MEMBER) {
            problems.add(refusal("relationship", "enrol.relationship.required"));
        }
        if (!NAME.matcher(enrolment.lastName()).matches()) {
            problems.add(refusal("lastName", "enrol.name.invalid"));
        }
        if (!NAME.matcher(enrolment.firstName()).matches()) {
            problems.add(refusal("firstName", "enrol.name.invalid"));
        }
        LocalDate birth = enrolment.birthDate();
        if (birth == null || birth.isAfter(today) || birth.getYear() < 1900) {
            problems.add(refusal("birthDate", "enrol.birth.invalid"));
            birth = null;
        } else if (enrolment.relationship() != null) {
            int age = Period.between(birth, today).getYears();
            if (enrolment.relationship() == Relationship.CHILD && age > childMaxAge) {
                problems.add(refusal("birthDate", "enrol.birth.childTooOld", childMaxAge + 1));
            } else if ((enrolment.relationship() == Relationship.SPOUSE || enrolment.relationship() == Relationship.PARTNER)
                    && age < 18) {
                problems.add(refusal("birthDate", "enrol.birth.spouseMinor"));
            }
        }
        checkAttachment(enrolment, birth, memberNir, covered, problems);
        if (enrolment.startDate() == null) {
            problems.add(refusal("startDate", "enrol.start.required"));
        } else {
            startProblem(enrolment.startDate(), birth, today).ifPresent(problems::add);
        }
        if (birth != null && covered.stream().anyMatch(b -> b.getBirthDate().equals(enrolment.birthDate())
                && same(b.getLastName(), enrolment.lastName()) && same(b.getFirstName(), enrolment.firstName()))) {
            problems.add(refusal("firstName", "enrol.duplicate"));
        }
        return problems;
    }

    /**
     * What is wrong with a start date, given the birth date typed with it (the form checks it as it is typed, the
     * service again).
     *
     * @param start the start date asked for
     * @param birthDate the birth date typed; {@code null} when missing or unreadable, and an implausible one counts
     *        as no newborn's
     * @param today today in France
     * @return the refusal on {@code startDate}, or empty when the date is in the window
     */
    public Optional<BusinessException> startProblem(LocalDate start, LocalDate birthDate, LocalDate today) {
        LocalDate earliest = earliestStart(birthDate, today);
        LocalDate latest = latestStart(today);
        if (start.isBefore(earliest) || start.isAfter(latest)) {
            return Optional.of(refusal("startDate", "enrol.start.window", FrenchFormats.date(earliest),
                    FrenchFormats.date(latest)));
        }
        return Optional.empty();
    }

    private static void checkAttachment(Enrolment enrolment, LocalDate birth, String memberNir,
            List<? extends Beneficiary> covered, List<BusinessException> problems) {
        if (enrolment.attachment() == null) {
            problems.add(refusal("attachment", "enrol.attachment.required"));
            return;
        }
        switch (enrolment.attachment()) {
            case OWN -> {
                var problem = SocialSecurityNumber.problem(enrolment.nir(), birth);
                if (problem.isPresent()) {
                    problems.add(sharedRefusal("nir", problem.get()));
                } else if (covered.stream().anyMatch(b -> enrolment.nir().equals(b.getNir()))) {
                    problems.add(refusal("nir", "enrol.nir.taken"));
                }
            }
            case MEMBER -> {
                if (memberNir == null) {
                    problems.add(refusal("attachment", "enrol.attachment.memberUnknown"));
                } else if (enrolment.relationship() != Relationship.CHILD && enrolment.relationship() != Relationship.OTHER) {
                    problems.add(refusal("attachment", "enrol.attachment.childOnly"));
                }
            }
            case OTHER_INSURED -> SocialSecurityNumber.problem(enrolment.otherNir(), null)
                    .ifPresent(key -> problems.add(sharedRefusal("otherNir", key)));
        }
    }

    /** Names compared as the card check does: trimmed, case and accents ignored. */
    static boolean same(String a, String b) {
        return fold(a).equals(fold(b));
    }

    private static String fold(String s) {
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.FRANCE);
    }
}
