package org.mutualportal.claims.claim;

/** What a file joined to a claim is (labels in the bundle: {@code file.role.<name>}). */
public enum FileRole {
    /** A bill, a receipt: what the member paid. */
    PROOF,
    /** The Sécurité sociale's statement (décompte) of its part. */
    STATEMENT,
    /** A file added once the mutual said the claim was incomplete. */
    COMPLEMENT
}
