package org.mutualportal.api.member;

import jakarta.ejb.ApplicationException;

/**
 * A change of coordinates or contract was attempted on a collective contract, which only the employer may
 * change. Thrown by {@link CollectiveContractGuard#check()} and by {@link CollectiveContractGuarded} services;
 * the change is rolled back and the shell sends the member to the "ask your employer" page (the API answers 403).
 *
 * @since 1.0
 */
@ApplicationException(rollback = true)
public class CollectiveContractException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The refusal; it carries no member data. */
    public CollectiveContractException() {
        super("Changes to a collective contract go through the employer");
    }
}
