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
 * An e-mail address the portal can write to and use as a login: {@link EmailAddresses#isValid}. {@code null}
 * and blank are valid: add {@code @NotBlank} when required.
 *
 * @since 1.0
 */
@Documented
@Constraint(validatedBy = EmailAddress.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface EmailAddress {

    /**
     * The message's template.
     *
     * @return a template
     */
    String message() default "{org.mutualportal.api.validation.EmailAddress.message}";

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
    class Check implements ConstraintValidator<EmailAddress, String> {

        /** Creates the check (the validator factory does). */
        public Check() {
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || EmailAddresses.isValid(value);
        }
    }
}
