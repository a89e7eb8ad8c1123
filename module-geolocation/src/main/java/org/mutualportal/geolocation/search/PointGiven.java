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

/**
 * A search says where to look: around the member's position, whose coordinates the page's script adds, or
 * around an address the member typed. A rule of several parameters, so a constraint of the whole
 * {@link SearchForm}; its message goes to the parameter the member has to change — {@code around} (choose, or
 * allow the browser to give the position) or {@code address} (type one).
 */
@Documented
@Constraint(validatedBy = PointGiven.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PointGiven {

    /**
     * The message's template; each problem found has its own.
     *
     * @return a template
     */
    String message() default "{org.mutualportal.geolocation.around}";

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

    /** Checks a {@link SearchForm}. */
    class Check implements ConstraintValidator<PointGiven, SearchForm> {

        @Override
        public boolean isValid(SearchForm form, ConstraintValidatorContext context) {
            if (form == null) {
                return true;
            }
            if (form.isAroundPosition()) {
                return form.getLat() != null && form.getLon() != null
                        || refuse(context, "around", "{org.mutualportal.geolocation.position}");
            }
            if (form.isAroundAddress()) {
                return !SearchForm.blank(form.getAddress())
                        || refuse(context, "address", "{org.mutualportal.geolocation.address.required}");
            }
            return refuse(context, "around", "{org.mutualportal.geolocation.around}");
        }

        private static boolean refuse(ConstraintValidatorContext context, String property, String template) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(template).addPropertyNode(property).addConstraintViolation();
            return false;
        }
    }
}
