package org.mutualportal.contract.request;

import org.mutualportal.contract.ContractModule;
import org.mutualportal.core.web.Texts;

/**
 * What is wrong with one field of an action's form, found by the rules of the service (which check again on
 * submission): the message key is in the module's bundle, or in the core's for problems the kernel checks
 * (NIR, IBAN).
 */
public record FieldProblem(String field, String key, boolean coreBundle, Object... arguments) {

    public static FieldProblem of(String field, String key, Object... arguments) {
        return new FieldProblem(field, key, false, arguments);
    }

    public static FieldProblem core(String field, String key) {
        return new FieldProblem(field, key, true);
    }

    /** Shows the French message next to the field {@code form:field}. */
    public void show(String form) {
        Texts.error(form + ":" + field, coreBundle ? Texts.core(key, arguments) : Texts.of(ContractModule.BUNDLE, key, arguments));
    }
}
