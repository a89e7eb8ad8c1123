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
 * A BIC as typed (ISO 9362: 8 or 11 letters and digits). {@code null} and blank are valid. Whether it belongs to
 * the IBAN's country needs both fields: {@link BankAccountCheck#bicProblem(String, String)} in the service.
 *
 * @since 1.0
 */
@Documented
@Constraint(validatedBy = Bic.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Bic {

    /**
     * The message's template.
     *
     * @return a template
     */
    String message() default "{org.mutualportal.api.validation.bank.bic.invalid}";

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
    class Check implements ConstraintValidator<Bic, String> {

        /** Creates the check (the validator factory does). */
        public Check() {
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank()
                    || BankAccountCheck.bicProblem(BankAccountCheck.normalize(value), null).isEmpty();
        }
    }
}
