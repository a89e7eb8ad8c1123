package org.mutualportal.api.web;

import jakarta.ejb.ApplicationException;

/**
 * What was asked for does not exist for the current user — including everything that belongs to another
 * member. The shell answers 404 (the data-exchange API too) without saying which of the two it was, and the
 * transaction rolls back.
 *
 * <h2>Usage</h2>
 * <pre>
 * Payment payment = em.find(Payment.class, id);
 * if (payment == null || !payment.getMembershipId().equals(memberContext.membershipId())) {
 *     throw new NotFoundException();
 * }
 * </pre>
 *
 * @since 1.0
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Not found in the current member's scope. */
    public NotFoundException() {
        super("Not found in the current member's scope");
    }

    /**
     * Not found, with a reason for the log (never shown).
     *
     * @param message why, for developers
     */
    public NotFoundException(String message) {
        super(message);
    }
}
