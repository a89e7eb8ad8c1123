package org.mutualportal.api.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An IBAN as typed (spaces and lower case allowed): ISO 13616 check digits and the country's length and format,
 * through {@link BankAccountCheck}. {@code null} and blank are valid: add {@code @NotBlank} when required.
 *
 * @since 1.0
 */
@Documented
@Constraint(validatedBy = Iban.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Iban {

    /**
     * The message's template; by default the problem's own message (check digits or country format).
     *
     * @return a template
     */
    String message() default "{org.mutualportal.api.validation.Iban.message}";

    /**
     * Validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * Payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@code String}. */
    class Check implements ConstraintValidator<Iban, String> {

        /** Creates the check (the validator factory does). */
        public Check() {
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            return BankAccountCheck.ibanProblem(BankAccountCheck.normalize(value))
                    .map(problem -> Messages.replace(context, "{org.mutualportal.api.validation." + problem + "}"))
                    .orElse(true);
        }
    }
}
