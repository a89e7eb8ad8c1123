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
 * A French phone number as typed ("06 12 34 56 78", "+33 6 12 34 56 78"), of the kind asked: see
 * {@link FrenchPhones}. {@code null} and blank are valid: add {@code @NotBlank} when required.
 *
 * @since 1.0
 */
@Documented
@Constraint(validatedBy = FrenchPhone.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface FrenchPhone {

    /** Which numbers are accepted. */
    enum Kind {
        /** Any French number. */
        ANY,
        /** A mobile: 06 or 07. */
        MOBILE,
        /** A landline: 01 to 05, or 09. */
        LANDLINE
    }

    /**
     * Which numbers are accepted.
     *
     * @return the kind; {@link Kind#ANY} by default
     */
    Kind value() default Kind.ANY;

    /**
     * The message's template; by default one that names the kind.
     *
     * @return a template
     */
    String message() default "{org.mutualportal.api.validation.FrenchPhone.message}";

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
    class Check implements ConstraintValidator<FrenchPhone, String> {

        private Kind kind = Kind.ANY;
        private boolean defaultMessage;

        /** Creates the check (the validator factory does). */
        public Check() {
        }

        @Override
        public void initialize(FrenchPhone annotation) {
            kind = annotation.value();
            defaultMessage = annotation.message().equals("{org.mutualportal.api.validation.FrenchPhone.message}");
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            boolean valid = FrenchPhones.normalize(value).filter(number -> switch (kind) {
                case ANY -> true;
                case MOBILE -> FrenchPhones.isMobile(number);
                case LANDLINE -> FrenchPhones.isLandline(number);
            }).isPresent();
            // A template of the caller's own is the message as it is; the default one is worded for the kind.
            return valid || defaultMessage
                    && Messages.replace(context, "{org.mutualportal.api.validation.FrenchPhone." + kind + "}");
        }
    }
}
