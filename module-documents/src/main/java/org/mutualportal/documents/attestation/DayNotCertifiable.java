package org.mutualportal.documents.attestation;

import org.mutualportal.api.error.BusinessException;
import org.mutualportal.documents.DocumentsModule;

/**
 * The day asked for cannot be certified (contract not started or ended, nobody covered, contract suspended):
 * the reason goes next to the date the member typed, and nothing is issued.
 */
public class DayNotCertifiable extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** @param key the reason, a key of the module's bundle ({@link Attestations#problem}) */
    DayNotCertifiable(String key) {
        super(DocumentsModule.BUNDLE, key);
        on("date");
    }
}
