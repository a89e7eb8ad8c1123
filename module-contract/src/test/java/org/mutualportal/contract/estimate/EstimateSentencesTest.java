package org.mutualportal.contract.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The estimate explains a line with the very sentences of the payment detail's "Pourquoi ce montant ?", so that a
 * member compares them word for word: the {@code why.*} texts of both modules' bundles must stay equal.
 */
class EstimateSentencesTest {

    @Test
    void theWhySentencesAreThePaymentDetailsWordForWord() throws IOException {
        Map<String, String> contract = why(Path.of("src/main/resources/org/mutualportal/contract/i18n/messages.properties"));
        Map<String, String> reimbursements = why(
                Path.of("../module-reimbursements/src/main/resources/org/mutualportal/reimbursements/i18n/messages.properties"));

        assertThat(reimbursements).isNotEmpty();
        assertThat(contract).isEqualTo(reimbursements);
    }

    private static Map<String, String> why(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> why = new TreeMap<>();
        properties.stringPropertyNames().stream().filter(k -> k.startsWith("why.")).forEach(k -> why.put(k, properties.getProperty(k)));
        return why;
    }
}
