package org.mutualportal.contract.request;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.validator.ValidatorException;
import org.mutualportal.api.error.BusinessException;

/**
 * The few checks a form makes while Faces validates it that Bean Validation cannot: those that need another input
 * of the same form (a start date with the birth date typed above it, a mandate with the mode chosen) or the
 * account (the password asked again). Made then, their messages appear together with the fields' own, as the
 * member has always seen them, instead of one round after another; the services check the same rules again.
 */
public final class FormChecks {

    private FormChecks() {
    }

    /**
     * The refusal as a Faces validator reports it: its French message next to the input being validated.
     *
     * @param problem what the rule refuses
     * @return the exception for the validator to throw
     */
    public static ValidatorException refused(BusinessException problem) {
        String text = problem.text();
        return new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
