package org.mutualportal.core.member;

import jakarta.ejb.ApplicationException;

/**
 * A change of coordinates or contract was attempted on a collective contract, which only the employer may
 * change. The shell sends the member to the "ask your employer" page; the change is rolled back.
 */
@ApplicationException(rollback = true)
public class CollectiveContractException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CollectiveContractException() {
        super("Changes to a collective contract go through the employer");
    }
}
