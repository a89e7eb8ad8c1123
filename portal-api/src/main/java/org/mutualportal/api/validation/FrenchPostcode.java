package org.mutualportal.api.validation;

import jakarta.enterprise.inject.spi.CDI;
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
 * A French postcode that exists: five digits, found in La Poste's list ({@link FrenchPostcodes}). {@code null}
 * and blank are valid: add {@code @NotBlank} when required. Whether the commune typed belongs to it needs both
 * fields: {@link FrenchPostcodes#find(String, String)}.
 *
 * @since 1.0
 */
@Documented
@Constraint(validatedBy = FrenchPostcode.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface FrenchPostcode {

    /**
     * The message's template.
     *
     * @return a template
     */
    String message() default "{org.mutualportal.api.validation.FrenchPostcode.message}";

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
    class Check implements ConstraintValidator<FrenchPostcode, String> {

        private static volatile FrenchPostcodes outsideCdi;

        /** Creates the check (the validator factory does). */
        public Check() {
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            String postcode = value.strip();
            return postcode.matches("\\d{5}") && postcodes().exists(postcode);
        }

        /** The portal's table (a CDI bean, loaded once), or one of our own outside a container (unit tests). */
        private static FrenchPostcodes postcodes() {
            try {
                return CDI.current().select(FrenchPostcodes.class).get();
            } catch (IllegalStateException noContainer) {
                FrenchPostcodes table = outsideCdi;
                if (table == null) {
                    table = new FrenchPostcodes();
                    outsideCdi = table;
                }
                return table;
            }
        }
    }
}
