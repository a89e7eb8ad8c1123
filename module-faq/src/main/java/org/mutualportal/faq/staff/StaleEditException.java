package org.mutualportal.faq.staff;

/** Someone else saved the question since this editor opened it: saving would silently undo their change. */
public class StaleEditException extends Exception {

    private static final long serialVersionUID = 1L;

    public StaleEditException(long questionId) {
        super("FAQ question " + questionId + " changed since it was opened");
    }
}
