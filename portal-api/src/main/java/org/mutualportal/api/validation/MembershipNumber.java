package org.mutualportal.api.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A membership number (numéro d'adhérent) as printed on the member's card: 1 to 20 letters, digits and dashes,
 * spaces allowed between groups. {@code null} is valid.
 *
 * @since 1.0
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "\\s*[A-Za-z0-9-](\\s*[A-Za-z0-9-]){0,19}\\s*")
@jakarta.validation.ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MembershipNumber {

    /** The longest membership number. */
    int MAX_LENGTH = 20;

    /**
     * The message's template.
     *
     * @return a template
     */
    String message() default "{org.mutualportal.api.validation.MembershipNumber.message}";

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
}
