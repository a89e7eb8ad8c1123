package org.mutualportal.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    @Test
    void fillsPlaceholdersAndEscapesValuesOnlyInHtml() {
        Map<String, String> values = Map.of("name", "<Léa & \"Hugo\">");

        assertThat(MailTemplates.fill("Bonjour {{name}}", values, false)).isEqualTo("Bonjour <Léa & \"Hugo\">");
        assertThat(MailTemplates.fill("<p>Bonjour {{name}}</p>", values, true))
                .isEqualTo("<p>Bonjour &lt;Léa &amp; &quot;Hugo&quot;&gt;</p>");
    }

    @Test
    void leavesUnknownPlaceholdersVisible() {
        assertThat(MailTemplates.fill("{{missing}} $1 \\", Map.of(), false)).isEqualTo("{{missing}} $1 \\");
    }
}
