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
 * A French social security number (NIR) as typed: spaces, dots and dashes allowed; 13 characters and a key
 * that matches ({@link SocialSecurityNumber}). {@code null} and blank are valid: add {@code @NotBlank} when
 * required. The birth date the number carries is checked by {@link SocialSecurityNumber#problem} where the
 * form has one.
 *
 * @since 1.0
 */
@Documented
@Constraint(validatedBy = Nir.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Nir {

    /**
     * The message's template; by default the problem's own message (format or key).
     *
     * @return a template
     */
    String message() default "{org.mutualportal.api.validation.Nir.message}";

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
    class Check implements ConstraintValidator<Nir, String> {

        /** Creates the check (the validator factory does). */
        public Check() {
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            return SocialSecurityNumber.problem(SocialSecurityNumber.normalize(value), null)
                    .map(problem -> Messages.replace(context, "{org.mutualportal.api.validation." + problem + "}"))
                    .orElse(true);
        }
    }
}
