package org.mutualportal.geolocation.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CategoryTest {

    @Test
    void doctorsAreClassifiedByTheirSavoirFaire() {
        assertThat(Category.classify("10", "SM54", "SA07").practitioner()).isEqualTo(Category.GENERAL_PRACTITIONER);
        assertThat(Category.classify("10", "SM26", "").practitioner()).isEqualTo(Category.GENERAL_PRACTITIONER);
        assertThat(Category.classify("10", "SM04", "").practitioner()).isEqualTo(Category.CARDIOLOGIST);
        assertThat(Category.classify("10", "SM38", "").practitioner()).isEqualTo(Category.OPHTHALMOLOGIST);
        assertThat(Category.classify("10", "SM47", "").isEmpty()).as("medical research: nobody to consult").isTrue();
    }

    @Test
    void pharmacistsAndBiologistsMakeTheirSiteFindableNotThemselves() {
        Category.Classification pharmacist = Category.classify("21", "", "SA33");
        assertThat(pharmacist.practitioner()).isNull();
        assertThat(pharmacist.site()).isEqualTo(Category.PHARMACY);
        Category.Classification biologist = Category.classify("10", "SM03", "SA25");
        assertThat(biologist.practitioner()).isNull();
        assertThat(biologist.site()).isEqualTo(Category.LABORATORY);
    }

    @Test
    void aHospitalDoctorIsFoundAsADoctorAndMakesTheHospitalFindable() {
        Category.Classification c = Category.classify("10", "SM40", "SA01");
        assertThat(c.practitioner()).isEqualTo(Category.PEDIATRICIAN);
        assertThat(c.site()).isEqualTo(Category.HOSPITAL);
    }

    @Test
    void otherProfessionsByTheirCode() {
        assertThat(Category.classify("40", "", "").practitioner()).isEqualTo(Category.DENTIST);
        assertThat(Category.classify("50", "", "").practitioner()).isEqualTo(Category.MIDWIFE);
        assertThat(Category.classify("60", "", "").practitioner()).isEqualTo(Category.NURSE);
        assertThat(Category.classify("70", "", "").practitioner()).isEqualTo(Category.PHYSIOTHERAPIST);
        assertThat(Category.classify("28", "", "").practitioner()).isEqualTo(Category.OPTICIAN);
        assertThat(Category.classify("26", "", "").practitioner()).isEqualTo(Category.HEARING_AID);
        assertThat(Category.classify("91", "", "").isEmpty()).isTrue();
    }
}
