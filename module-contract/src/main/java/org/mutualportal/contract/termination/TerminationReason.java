package org.mutualportal.contract.termination;

/**
 * Why a member ends their contract. Personal reasons follow the general rule; the others are the changes of
 * situation the code de la mutualité lists (art. L221-17: a compulsory collective contract at a new employer,
 * the Complémentaire santé solidaire, a move abroad…), which end the contract a month after notice whatever
 * its age, on proof.
 */
public enum TerminationReason {
    PERSONAL(false), COLLECTIVE_MANDATORY(true), SOLIDARITY(true), MOVE_ABROAD(true);

    private final boolean needsProof;

    TerminationReason(boolean needsProof) {
        this.needsProof = needsProof;
    }

    public boolean needsProof() {
        return needsProof;
    }
}
