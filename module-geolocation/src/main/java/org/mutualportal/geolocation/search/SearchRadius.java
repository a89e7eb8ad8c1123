package org.mutualportal.geolocation.search;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.mutualportal.geolocation.directory.Directory;

/**
 * A radius the form offers ({@link Directory#RADII_KM}), in kilometres: its list has no other, and the largest
 * bounds what one search costs (the candidates of a wider box are all read). {@code null} is valid (the
 * default radius).
 */
@Documented
@Constraint(validatedBy = SearchRadius.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface SearchRadius {

    /**
     * The message's template.
     *
     * @return a template
     */
    String message() default "{org.mutualportal.geolocation.radius}";

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

    /** Checks an {@code Integer}. */
    class Check implements ConstraintValidator<SearchRadius, Integer> {

        @Override
        public boolean isValid(Integer km, ConstraintValidatorContext context) {
            return km == null || Directory.RADII_KM.contains(km);
        }
    }
}
