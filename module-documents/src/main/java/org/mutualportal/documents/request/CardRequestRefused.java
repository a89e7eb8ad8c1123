package org.mutualportal.documents.request;

import org.mutualportal.api.error.BusinessException;
import org.mutualportal.documents.DocumentsModule;

/**
 * No new card can be asked for now (contract not open, no postal address, a request already pending): the
 * reason is shown at the top of the page, since no field of the form can change it.
 */
public class CardRequestRefused extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** @param key the reason, a key of the module's bundle ({@link CardRequests#problem()}) */
    CardRequestRefused(String key) {
        super(DocumentsModule.BUNDLE, key);
    }
}
