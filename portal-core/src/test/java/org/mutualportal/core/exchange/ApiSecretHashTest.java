package org.mutualportal.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class ApiSecretHashTest {

    @Test
    void theHashHasTheFormatThePasswordHasherVerifies() throws Exception {
        String hash = ApiSecretHash.hash("un-secret-assez-long".toCharArray(), 1024);

        String[] parts = hash.split(":");
        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("PBKDF2WithHmacSHA256");
        assertThat(parts[1]).isEqualTo("1024");
        assertThat(Base64.getDecoder().decode(parts[2])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
        assertThat(ApiSecretHash.hash("un-secret-assez-long".toCharArray(), 1024)).as("salted").isNotEqualTo(hash);
    }
}
