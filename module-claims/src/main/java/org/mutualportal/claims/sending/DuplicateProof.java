package org.mutualportal.claims.sending;

import org.mutualportal.api.error.BusinessException;
import org.mutualportal.claims.ClaimsModule;

/**
 * A proof of the claim was already sent for the same beneficiary (same content), and the member did not confirm
 * sending it again: the message next to the files names the earlier claim, and the page offers the confirmation.
 */
public class DuplicateProof extends BusinessException {

    private static final long serialVersionUID = 1L;

    DuplicateProof(String fileName, String beneficiary, String number, String date) {
        super(ClaimsModule.BUNDLE, "send.proofs.duplicate", fileName, beneficiary, number, date);
        on("proofs");
    }
}
