package org.mutualportal.contract.beneficiary;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.mutualportal.contract.request.FieldProblem;
import org.mutualportal.core.member.Beneficiary;
import org.mutualportal.core.member.Relationship;
import org.mutualportal.core.member.SocialSecurityNumber;
import org.mutualportal.core.web.FrenchFormats;

/**
 * The rules a new beneficiary must meet before the mutual's staff see the request, so that a member learns
 * at once what the staff would refuse a week later: a real name, a plausible birth date for the relationship
 * (a child up to the age the statutes allow, an adult spouse), a valid NIR agreeing with the birth date, a
 * start date from today (from birth for a newborn) up to a few months ahead, and nobody enrolled twice.
 */
public final class EnrolmentRules {

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

    public List<FieldProblem> check(Enrolment enrolment, LocalDate today, List<Beneficiary> covered, String memberNir) {
        List<FieldProblem> problems = new ArrayList<>();
        if (enrolment.relationship() == null || enrolment.relationship() == Relationship.MEMBER) {
            problems.add(FieldProblem.of("relationship", "enrol.relationship.required"));
        }
        if (!NAME.matcher(enrolment.lastName()).matches()) {
            problems.add(FieldProblem.of("lastName", "enrol.name.invalid"));
        }
        if (!NAME.matcher(enrolment.firstName()).matches()) {
            problems.add(FieldProblem.of("firstName", "enrol.name.invalid"));
        }
        LocalDate birth = enrolment.birthDate();
        if (birth == null || birth.isAfter(today) || birth.getYear() < 1900) {
            problems.add(FieldProblem.of("birthDate", "enrol.birth.invalid"));
            birth = null;
        } else if (enrolment.relationship() != null) {
            int age = Period.between(birth, today).getYears();
            if (enrolment.relationship() == Relationship.CHILD && age > childMaxAge) {
                problems.add(FieldProblem.of("birthDate", "enrol.birth.childTooOld", childMaxAge + 1));
            } else if ((enrolment.relationship() == Relationship.SPOUSE || enrolment.relationship() == Relationship.PARTNER)
                    && age < 18) {
                problems.add(FieldProblem.of("birthDate", "enrol.birth.spouseMinor"));
            }
        }
        checkAttachment(enrolment, birth, memberNir, covered, problems);
        checkStart(enrolment.startDate(), birth, today, problems);
        if (birth != null && covered.stream().anyMatch(b -> b.getBirthDate().equals(enrolment.birthDate())
                && same(b.getLastName(), enrolment.lastName()) && same(b.getFirstName(), enrolment.firstName()))) {
            problems.add(FieldProblem.of("firstName", "enrol.duplicate"));
        }
        return problems;
    }

    private static void checkAttachment(Enrolment enrolment, LocalDate birth, String memberNir, List<Beneficiary> covered,
            List<FieldProblem> problems) {
        if (enrolment.attachment() == null) {
            problems.add(FieldProblem.of("attachment", "enrol.attachment.required"));
            return;
        }
        switch (enrolment.attachment()) {
            case OWN -> {
                var problem = SocialSecurityNumber.problem(enrolment.nir(), birth);
                if (problem.isPresent()) {
                    problems.add(FieldProblem.core("nir", problem.get()));
                } else if (covered.stream().anyMatch(b -> enrolment.nir().equals(b.getNir()))) {
                    problems.add(FieldProblem.of("nir", "enrol.nir.taken"));
                }
            }
            case MEMBER -> {
                if (memberNir == null) {
                    problems.add(FieldProblem.of("attachment", "enrol.attachment.memberUnknown"));
                } else if (enrolment.relationship() != Relationship.CHILD && enrolment.relationship() != Relationship.OTHER) {
                    problems.add(FieldProblem.of("attachment", "enrol.attachment.childOnly"));
                }
            }
            case OTHER_INSURED -> SocialSecurityNumber.problem(enrolment.otherNir(), null)
                    .ifPresent(key -> problems.add(FieldProblem.core("otherNir", key)));
        }
    }

    private void checkStart(LocalDate start, LocalDate birth, LocalDate today, List<FieldProblem> problems) {
        if (start == null) {
            problems.add(FieldProblem.of("startDate", "enrol.start.required"));
            return;
        }
        LocalDate earliest = earliestStart(birth, today);
        LocalDate latest = latestStart(today);
        if (start.isBefore(earliest) || start.isAfter(latest)) {
            problems.add(FieldProblem.of("startDate", "enrol.start.window", FrenchFormats.date(earliest),
                    FrenchFormats.date(latest)));
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
