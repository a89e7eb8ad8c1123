package org.mutualportal.contract.request;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.validator.ValidatorException;
import org.mutualportal.api.error.BusinessException;
import org.mutualportal.api.text.Texts;
import org.mutualportal.contract.ContractModule;

/**
 * The refusals of the module's forms, each on the form's property it concerns, and the few checks a form makes while
 * Faces validates it that Bean Validation cannot: those that need another input of the same form (a start date with
 * the birth date typed above it, a mandate with the mode chosen) or the account (the password asked again). Made
 * then, their messages appear together with the fields' own, as the member has always seen them, instead of one
 * round after another; the services check the same rules again.
 */
public final class FormChecks {

    private FormChecks() {
    }

    /**
     * A refusal worded in this module's bundle, shown next to the input bound to {@code property}.
     *
     * @param property the form's property concerned
     * @param key the message's key in the module's bundle
     * @param arguments the message's arguments
     * @return the exception to throw
     */
    public static BusinessException refusal(String property, String key, Object... arguments) {
        return new BusinessException(ContractModule.BUNDLE, key, arguments).on(property);
    }

    /**
     * A refusal worded as every form of the portal words it (the API's shared vocabulary: a NIR, an IBAN, a BIC).
     *
     * @param property the form's property concerned
     * @param key the message's key in the shared bundle
     * @return the exception to throw
     */
    public static BusinessException sharedRefusal(String property, String key) {
        return new BusinessException(Texts.SHARED_BUNDLE, key).on(property);
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
