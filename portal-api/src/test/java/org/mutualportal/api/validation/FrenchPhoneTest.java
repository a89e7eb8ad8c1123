package org.mutualportal.api.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

class FrenchPhoneTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    /** A form with the three ways of declaring the constraint. */
    static class Form {
        @FrenchPhone
        String any;
        @FrenchPhone(FrenchPhone.Kind.MOBILE)
        String mobile;
        @FrenchPhone(message = "Numéro refusé.")
        String own;

        Form(String any, String mobile, String own) {
            this.any = any;
            this.mobile = mobile;
            this.own = own;
        }
    }

    private static String message(Form form, String property) {
        return VALIDATOR.validateProperty(form, property).stream().map(ConstraintViolation::getMessage).findFirst().orElse(null);
    }

    @Test
    void aNumberOfTheRightKindOrNoneAtAllIsAccepted() {
        assertThat(VALIDATOR.validate(new Form("04 91 00 00 00", "06 12 34 56 78", "06 12 34 56 78"))).isEmpty();
        assertThat(VALIDATOR.validate(new Form(null, " ", ""))).isEmpty();
    }

    @Test
    void aWrongNumberIsRefusedWithTheKindsMessageOrTheCallersOwn() {
        Form wrong = new Form("12", "04 91 00 00 00", "12");

        assertThat(message(wrong, "any")).startsWith("Numéro de téléphone invalide");
        assertThat(message(wrong, "mobile")).startsWith("Numéro de portable invalide");
        assertThat(message(wrong, "own")).isEqualTo("Numéro refusé.");
    }
}
