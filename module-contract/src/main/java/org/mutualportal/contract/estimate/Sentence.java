package org.mutualportal.contract.estimate;

import java.io.Serializable;
import java.util.List;
import org.mutualportal.api.text.Texts;
import org.mutualportal.contract.ContractModule;

/**
 * One sentence of a line's explanation: a key of the module's bundle and its arguments, already formatted. The
 * keys {@code why.*} are word for word those of the payment detail's "Pourquoi ce montant ?", so that the member
 * compares an estimate and the payment that follows it sentence by sentence.
 */
public record Sentence(String key, List<String> arguments) implements Serializable {

    public static Sentence of(String key, String... arguments) {
        return new Sentence(key, List.of(arguments));
    }

    public String text() {
        return Texts.of(ContractModule.BUNDLE, Sentence.class.getClassLoader(), key, arguments.toArray());
    }
}
