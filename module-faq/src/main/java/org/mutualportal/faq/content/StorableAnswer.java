package org.mutualportal.faq.content;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An answer as the editor posts it that can be stored: judged on what {@link AnswerSanitizer} keeps, not on
 * what was typed, because the editor's own list markup is several times longer than the stored HTML and an
 * editor left with empty lines posts markup without any text. Three refusals, each with its message: no text
 * at all, no text left once the disallowed elements are removed, longer than {@link #max()} once cleaned.
 */
@Documented
@Constraint(validatedBy = StorableAnswer.Check.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface StorableAnswer {

    /**
     * The message of an answer too long; the two others have their own. This one is the default because only a
     * constraint's default message may format {@link #max()} (the provider evaluates no expression in the
     * messages a validator builds).
     */
    String message() default "{org.mutualportal.faq.edit.answer.long}";

    /** The longest cleaned answer, in characters. */
    int max() default FaqQuestion.ANSWER_MAX;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Cleans the answer and judges what is left. */
    class Check implements ConstraintValidator<StorableAnswer, String> {

        static final String MISSING = "{org.mutualportal.faq.edit.answer.required}";
        static final String EMPTIED = "{org.mutualportal.faq.edit.answer.emptied}";

        private int max;

        @Override
        public void initialize(StorableAnswer constraint) {
            max = constraint.max();
        }

        @Override
        public boolean isValid(String answer, ConstraintValidatorContext context) {
            AnswerSanitizer.Cleaned cleaned = AnswerSanitizer.clean(answer);
            if (cleaned.html().length() > max) {
                return false;
            }
            if (cleaned.isEmpty()) {
                // Only markup posted and nothing removed (an editor left with empty lines): a missing answer.
                return refuse(context, cleaned.removedSomething() ? EMPTIED : MISSING);
            }
            return true;
        }

        private static boolean refuse(ConstraintValidatorContext context, String template) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
            return false;
        }
    }
}
