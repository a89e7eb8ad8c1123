package org.mutualportal.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SocialSecurityNumberTest {

    private static final LocalDate MARIE_BORN = LocalDate.of(1978, 3, 14);

    @Test
    void acceptsAValidNumberTypedWithSpaces() {
        String nir = SocialSecurityNumber.normalize("2 78 03 13 055 123 16");
        assertThat(nir).isEqualTo("278031305512316");
        assertThat(SocialSecurityNumber.problem(nir, MARIE_BORN)).isEmpty();
    }

    @Test
    void refusesAWrongKey() {
        assertThat(SocialSecurityNumber.problem("278031305512317", MARIE_BORN)).contains("nir.key");
        assertThat(SocialSecurityNumber.problem("278031305512361", MARIE_BORN)).contains("nir.key");
    }

    @Test
    void refusesWrongShapes() {
        assertThat(SocialSecurityNumber.problem("27803130551231", MARIE_BORN)).contains("nir.format");
        assertThat(SocialSecurityNumber.problem("578031305512316", MARIE_BORN)).contains("nir.format");
        assertThat(SocialSecurityNumber.problem("278131305512316", null)).contains("nir.format");
        assertThat(SocialSecurityNumber.problem("278001305512316", null)).contains("nir.format");
        assertThat(SocialSecurityNumber.problem(SocialSecurityNumber.normalize("abc"), null)).contains("nir.format");
        assertThat(SocialSecurityNumber.problem(null, null)).contains("nir.format");
    }

    @Test
    void computesCorsicanKeysWith19And18() {
        // 1 85 05 2A 004 123: 2A counts as 19 → 1850519004123 mod 97
        String corsican = "185052A004123";
        int key = (int) (97 - 1850519004123L % 97);
        String nir = corsican + String.format("%02d", key);
        assertThat(SocialSecurityNumber.problem(nir, LocalDate.of(1985, 5, 1))).isEmpty();
        String bastia = "185052B004123" + String.format("%02d", (int) (97 - 1850518004123L % 97));
        assertThat(SocialSecurityNumber.problem(bastia, LocalDate.of(1985, 5, 1))).isEmpty();
        assertThat(SocialSecurityNumber.problem("185052B004123" + String.format("%02d", key), LocalDate.of(1985, 5, 1)))
                .as("the 2A key does not fit 2B").contains("nir.key");
    }

    @Test
    void checksTheBirthYearAndMonthAgainstTheBirthDate() {
        assertThat(SocialSecurityNumber.problem("278031305512316", LocalDate.of(1979, 3, 14))).contains("nir.birth");
        assertThat(SocialSecurityNumber.problem("278031305512316", LocalDate.of(1978, 4, 14))).contains("nir.birth");
    }

    @Test
    void acceptsPseudoMonthsWhenTheBirthMonthWasUnknown() {
        String first13 = "1783099123456";
        String nir = first13 + String.format("%02d", SocialSecurityNumber.key(first13));
        assertThat(SocialSecurityNumber.problem(nir, LocalDate.of(1978, 7, 1))).isEmpty();
    }

    @Test
    void masksAndGroups() {
        assertThat(SocialSecurityNumber.mask("278031305512316")).isEqualTo("••••••••••12316");
        assertThat(SocialSecurityNumber.display("278031305512316")).isEqualTo("2 78 03 13 055 123 16");
    }
}
