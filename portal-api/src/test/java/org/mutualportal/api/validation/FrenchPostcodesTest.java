package org.mutualportal.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrenchPostcodesTest {

    private final FrenchPostcodes postcodes = new FrenchPostcodes();

    @Test
    void knowsLaPostesPostcodesAndTheirCommunes() {
        assertThat(postcodes.exists("13001")).isTrue();
        assertThat(postcodes.exists("13000")).isFalse();
        assertThat(postcodes.exists("99999")).isFalse();
        assertThat(postcodes.communes("13100")).extracting(FrenchPostcodes.Commune::deliveryLabel).contains("AIX EN PROVENCE");
    }

    @Test
    void matchesACommuneWhateverTheCaseAccentsAndSaintAbbreviation() {
        assertThat(postcodes.find("13001", "marseille")).isPresent();
        assertThat(postcodes.find("13100", "Aix-en-Provence")).isPresent();
        assertThat(postcodes.find("42000", "St-Étienne")).isPresent();
        assertThat(postcodes.find("42000", "SAINT ETIENNE")).isPresent();
        assertThat(postcodes.find("13001", "Lyon")).isEmpty();
    }
}
