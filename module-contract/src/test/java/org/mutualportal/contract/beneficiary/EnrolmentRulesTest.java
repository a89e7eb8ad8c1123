package org.mutualportal.contract.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutualportal.api.error.BusinessException;
import org.mutualportal.api.member.Beneficiary;
import org.mutualportal.api.member.Relationship;
import org.mutualportal.api.text.Texts;

class EnrolmentRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final String MEMBER_NIR = "278031305512316";
    private final EnrolmentRules rules = new EnrolmentRules(27, 3);

    private static Enrolment child(LocalDate birth, LocalDate start) {
        return new Enrolment(Relationship.CHILD, "Leroy", "Inès", birth, SocialSecurityAttachment.MEMBER, "", "", start);
    }

    private List<String> problems(Enrolment enrolment, List<Beneficiary> covered) {
        return rules.check(enrolment, TODAY, covered, MEMBER_NIR).stream().map(p -> p.property() + ":" + p.key()).toList();
    }

    /** A beneficiary already covered, as the member directory gives it. */
    private record Covered(String externalId, String lastName, String firstName, LocalDate birthDate,
            Relationship relationship, String nir, LocalDate startDate) implements Beneficiary {

        @Override
        public Long getId() {
            return 1L;
        }

        @Override
        public String getExternalId() {
            return externalId;
        }

        @Override
        public Long getMembershipId() {
            return 1L;
        }

        @Override
        public String getLastName() {
            return lastName;
        }

        @Override
        public String getFirstName() {
            return firstName;
        }

        @Override
        public String getFullName() {
            return firstName + " " + lastName.toUpperCase(java.util.Locale.FRANCE);
        }

        @Override
        public LocalDate getBirthDate() {
            return birthDate;
        }

        @Override
        public Relationship getRelationship() {
            return relationship;
        }

        @Override
        public String getNir() {
            return nir;
        }

        @Override
        public String getMaskedNir() {
            return nir;
        }

        @Override
        public String getAttachedToNir() {
            return nir;
        }

        @Override
        public LocalDate getStartDate() {
            return startDate;
        }

        @Override
        public LocalDate getEndDate() {
            return null;
        }
    }

    @Test
    void aChildOnTheMembersCardStartingNextMonthIsAccepted() {
        assertThat(problems(child(LocalDate.of(2016, 4, 2), EnrolmentRules.defaultStart(TODAY)), List.of())).isEmpty();
        assertThat(EnrolmentRules.defaultStart(TODAY)).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void aNewbornMayStartOnTheBirthDateButNobodyElseInThePast() {
        LocalDate born = TODAY.minusDays(20);
        assertThat(problems(child(born, born), List.of())).isEmpty();
        assertThat(problems(child(LocalDate.of(2016, 4, 2), TODAY.minusDays(1)), List.of()))
                .containsExactly("startDate:enrol.start.window");
        assertThat(problems(child(LocalDate.of(2016, 4, 2), TODAY.plusMonths(3).plusDays(1)), List.of()))
                .containsExactly("startDate:enrol.start.window");
    }

    @Test
    void theWindowMessageGivesBothDatesInFrench() {
        BusinessException problem = rules.check(child(LocalDate.of(2016, 4, 2), TODAY.minusDays(1)), TODAY, List.of(), MEMBER_NIR).get(0);
        assertThat(problem.text()).isEqualTo("La date d'effet doit être comprise entre le 27/11/2026 et le 27/02/2027.");
    }

    @Test
    void childrenAreAcceptedUpToTheStatutoryAgeAndSpousesMustBeAdults() {
        assertThat(problems(child(TODAY.minusYears(28), TODAY), List.of())).containsExactly("birthDate:enrol.birth.childTooOld");
        assertThat(problems(child(TODAY.minusYears(28).plusDays(1), TODAY), List.of())).isEmpty();
        Enrolment minorSpouse = new Enrolment(Relationship.SPOUSE, "Leroy", "Tom", TODAY.minusYears(17), SocialSecurityAttachment.OTHER_INSURED,
                "", "176111305567828", TODAY);
        assertThat(problems(minorSpouse, List.of())).containsExactly("birthDate:enrol.birth.spouseMinor");
    }

    @Test
    void aSpouseCannotBeAttachedToTheMembersNumber() {
        Enrolment spouse = new Enrolment(Relationship.SPOUSE, "Leroy", "Tom", LocalDate.of(1980, 1, 1), SocialSecurityAttachment.MEMBER,
                "", "", TODAY);
        assertThat(problems(spouse, List.of())).containsExactly("attachment:enrol.attachment.childOnly");
    }

    @Test
    void anOwnNumberMustBeValidAndAgreeWithTheBirthDate() {
        Enrolment wrongKey = new Enrolment(Relationship.SPOUSE, "Leroy", "Julien", LocalDate.of(1976, 11, 2), SocialSecurityAttachment.OWN,
                "176111305567829", "", TODAY);
        assertThat(rules.check(wrongKey, TODAY, List.of(), MEMBER_NIR)).singleElement()
                .satisfies(p -> assertThat(p.bundle()).isEqualTo(Texts.SHARED_BUNDLE))
                .extracting(BusinessException::key).isEqualTo("nir.key");
        Enrolment wrongYear = new Enrolment(Relationship.SPOUSE, "Leroy", "Julien", LocalDate.of(1977, 11, 2), SocialSecurityAttachment.OWN,
                "176111305567828", "", TODAY);
        assertThat(problems(wrongYear, List.of())).containsExactly("nir:nir.birth");
    }

    @Test
    void nobodyIsEnrolledTwice() {
        Beneficiary ines = new Covered("B", "LEROY", "Ines", LocalDate.of(2016, 4, 2), Relationship.CHILD, null, TODAY);
        assertThat(problems(child(LocalDate.of(2016, 4, 2), TODAY), List.of(ines))).containsExactly("firstName:enrol.duplicate");
        Beneficiary julien = new Covered("J", "Leroy", "Julien", LocalDate.of(1976, 11, 2), Relationship.SPOUSE,
                "176111305567828", TODAY);
        Enrolment sameNumber = new Enrolment(Relationship.PARTNER, "Martin", "Paul", LocalDate.of(1976, 11, 2), SocialSecurityAttachment.OWN,
                "176111305567828", "", TODAY);
        assertThat(problems(sameNumber, List.of(julien))).containsExactly("nir:enrol.nir.taken");
    }

    @Test
    void everyMissingFieldIsReportedAtOnce() {
        Enrolment empty = new Enrolment(null, "", "", null, null, "", "", null);
        assertThat(problems(empty, List.of())).containsExactlyInAnyOrder("relationship:enrol.relationship.required",
                "lastName:enrol.name.invalid", "firstName:enrol.name.invalid", "birthDate:enrol.birth.invalid",
                "attachment:enrol.attachment.required", "startDate:enrol.start.required");
    }

    @Test
    void namesAcceptAccentsHyphensAndApostrophesButNotDigitsOrMarkup() {
        Enrolment accented = new Enrolment(Relationship.CHILD, "D'Aubigné-Œuf", "Zoé Anne", LocalDate.of(2016, 4, 2),
                SocialSecurityAttachment.MEMBER, "", "", TODAY);
        assertThat(problems(accented, List.of())).isEmpty();
        Enrolment markup = new Enrolment(Relationship.CHILD, "<b>Leroy</b>", "R2D2", LocalDate.of(2016, 4, 2),
                SocialSecurityAttachment.MEMBER, "", "", TODAY);
        assertThat(problems(markup, List.of())).containsExactly("lastName:enrol.name.invalid", "firstName:enrol.name.invalid");
    }
}
