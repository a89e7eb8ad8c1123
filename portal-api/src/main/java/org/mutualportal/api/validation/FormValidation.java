package org.mutualportal.api.validation;

import jakarta.validation.ConstraintViolationException;

/**
 * Checks a form model with the validator the pages check inputs with, whose messages come from every module's
 * {@code ValidationMessages}, for a check Faces does not run as it validates the inputs: a view action reading a
 * search from the URL, a service checking again what any caller sends. The shell shows each violation next to the
 * field of its property, like a refusal of a {@link org.mutualportal.api.error.BusinessException}.
 *
 * <p>An application-scoped CDI bean. Use it rather than a validator of one's own: the server's default factory
 * reads the messages of one JAR only.
 *
 * <h2>Usage</h2>
 * <pre>
 * &#64;Transactional
 * public MemberRequest send(ClaimForm form) {
 *     validation.check(form);
 *     ...
 * }
 * </pre>
 *
 * @since 1.0
 */
public interface FormValidation {

    /**
     * Validates a model, all its constraints of the groups.
     *
     * @param <T> the model's type
     * @param form the model
     * @param groups the groups to check; none is the default group
     * @return the model, valid
     * @throws ConstraintViolationException when a constraint is broken, with every violation
     */
    <T> T check(T form, Class<?>... groups);
}
