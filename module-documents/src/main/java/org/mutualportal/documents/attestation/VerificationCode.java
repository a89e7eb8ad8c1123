package org.mutualportal.documents.attestation;

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
 * A verification code as someone types it from an attestation: what {@link VerificationCodes#normalize} accepts
 * (spaces, dashes and lower case allowed), so that the form refuses exactly what could never be a code.
 * {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = VerificationCode.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface VerificationCode {

    /** The message's template. */
    String message() default "{org.mutualportal.documents.verify.code.invalid}";

    /** Validation groups. */
    Class<?>[] groups() default {};

    /** Payload. */
    Class<? extends Payload>[] payload() default {};

    /** Checks a {@code String}. */
    class Check implements ConstraintValidator<VerificationCode, String> {

        /** Creates the check (the validator factory does). */
        public Check() {
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || VerificationCodes.normalize(value).isPresent();
        }
    }
}
