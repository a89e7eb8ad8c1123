package org.mutualportal.core.requests;

/** A stage its request's type does not declare, or one whose status is not the one reported with it. */
public class UnknownStage extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String stage;

    UnknownStage(String stage) {
        super("Unknown stage " + stage);
        this.stage = stage;
    }

    public String stage() {
        return stage;
    }
}
