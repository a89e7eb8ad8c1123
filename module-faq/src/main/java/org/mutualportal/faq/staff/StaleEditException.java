package org.mutualportal.faq.staff;

import org.mutualportal.api.error.BusinessException;
import org.mutualportal.faq.FaqModule;

/**
 * Someone else saved the question since this editor opened it: saving would silently undo their change. The
 * message goes at the top of the form, which keeps what the editor typed so that they can copy it.
 */
public class StaleEditException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public StaleEditException() {
        super(FaqModule.BUNDLE, "edit.stale");
    }
}
