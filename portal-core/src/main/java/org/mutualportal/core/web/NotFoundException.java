package org.mutualportal.core.web;

import jakarta.ejb.ApplicationException;

/**
 * What was asked for does not exist for the current user — including everything that belongs to another
 * member. The shell answers 404 without saying which of the two it was.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException() {
        super("Not found in the current member's scope");
    }

    public NotFoundException(String message) {
        super(message);
    }
}
