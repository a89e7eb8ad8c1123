package org.mutualportal.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ConfigurationDefaultsTest {

    /** MicroProfile Config reads the file as ISO-8859-1: a raw UTF-8 accent would show as "Ã©" on every page. */
    @Test
    void theDefaultsFileIsAsciiAndKeepsItsAccents() throws IOException {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            bytes = in.readAllBytes();
        }
        for (byte b : bytes) {
            assertThat(b & 0xff).as("non-ASCII byte in microprofile-config.properties").isLessThan(128);
        }
        Properties defaults = new Properties();
        defaults.load(new java.io.ByteArrayInputStream(bytes));
        assertThat(defaults.getProperty("portal.mutual.name")).isEqualTo("Mutuelle de Marseille Métropole");
    }
}
