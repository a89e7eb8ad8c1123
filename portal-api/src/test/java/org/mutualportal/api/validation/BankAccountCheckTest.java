package org.mutualportal.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BankAccountCheckTest {

    @Test
    void acceptsAValidFrenchIbanTypedWithSpacesAndInLowerCase() {
        String iban = BankAccountCheck.normalize("fr76 3000 4005 1200 0101 2345 678");

        assertThat(iban).isEqualTo("FR7630004005120001012345678");
        assertThat(BankAccountCheck.ibanProblem(iban)).isEmpty();
        assertThat(BankAccountCheck.bicProblem("BNPAFRPP", iban)).isEmpty();
        assertThat(BankAccountCheck.bicProblem("BNPAFRPPXXX", iban)).isEmpty();
    }

    @Test
    void refusesAWrongCheckDigitAWrongLengthAndAForeignBic() {
        assertThat(BankAccountCheck.ibanProblem("FR7630004005120001012345679")).contains("bank.iban.invalid");
        assertThat(BankAccountCheck.ibanProblem("FR763000400512000101234567")).contains("bank.iban.country");
        assertThat(BankAccountCheck.ibanProblem("XX7630004005120001012345678")).contains("bank.iban.country");
        assertThat(BankAccountCheck.bicProblem("DEUTDEFF", "FR7630004005120001012345678")).contains("bank.bic.country");
        assertThat(BankAccountCheck.bicProblem("BNP", "FR7630004005120001012345678")).contains("bank.bic.invalid");
    }

    @Test
    void masksAllButTheCountryAndTheLastFourCharactersInTheUsualGroupsOfFour() {
        assertThat(BankAccountCheck.mask("FR7630004005120001012345678")).isEqualTo("FR•• •••• •••• •••• •••• •••5 678");
    }
}
