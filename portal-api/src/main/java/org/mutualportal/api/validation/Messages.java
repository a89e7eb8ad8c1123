package org.mutualportal.api.validation;

import jakarta.validation.ConstraintValidatorContext;

/** Replaces a constraint's default message by the one of the problem found. */
final class Messages {

    private Messages() {
    }

    /** Always {@code false}: the value is invalid, with this message template. */
    static boolean replace(ConstraintValidatorContext context, String template) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
        return false;
    }
}
