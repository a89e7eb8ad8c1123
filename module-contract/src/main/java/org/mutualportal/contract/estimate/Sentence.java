package org.mutualportal.contract.estimate;

import java.io.Serializable;
import java.util.List;
import org.mutualportal.api.text.Texts;
import org.mutualportal.contract.ContractModule;

/**
 * One sentence of a line's explanation: a key and its arguments, already formatted. The sentences of how a line is
 * reimbursed are the API's shared {@code why.*}, the payment detail's "Pourquoi ce montant ?" word for word, so that
 * the member compares an estimate and the payment that follows it sentence by sentence; what only an estimate says
 * is in the module's bundle.
 *
 * @param shared whether the key is one of the shared bundle's rather than the module's
 * @param key the text's key
 * @param arguments its arguments, formatted
 */
public record Sentence(boolean shared, String key, List<String> arguments) implements Serializable {

    /** A sentence of the module's bundle ({@code estimate.why.*}). */
    public static Sentence of(String key, String... arguments) {
        return new Sentence(false, key, List.of(arguments));
    }

    /** One of the shared sentences of how a line is reimbursed ({@code why.*}). */
    public static Sentence shared(String key, String... arguments) {
        return new Sentence(true, key, List.of(arguments));
    }

    public String text() {
        return shared ? Texts.shared(key, arguments.toArray())
                : Texts.of(ContractModule.BUNDLE, Sentence.class.getClassLoader(), key, arguments.toArray());
    }
}
