package org.mutualportal.documents.attestation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VerificationCodesTest {

    private static final byte[] KEY = "a-key-of-thirty-two-characters!!".getBytes(StandardCharsets.UTF_8);
    private static final byte[] OTHER_KEY = "another-key-of-thirty-two-chars!".getBytes(StandardCharsets.UTF_8);

    @Test
    void aCodeIsSixteenUnambiguousCharactersThatDependOnKeyAndData() {
        String code = VerificationCodes.code(KEY, "{\"a\":1}");

        assertThat(code).hasSize(16).matches("[0-9A-HJKMNP-TV-Z]{16}");
        assertThat(VerificationCodes.code(KEY, "{\"a\":1}")).isEqualTo(code);
        assertThat(VerificationCodes.code(KEY, "{\"a\":2}")).isNotEqualTo(code);
        assertThat(VerificationCodes.code(OTHER_KEY, "{\"a\":1}")).isNotEqualTo(code);
        assertThat(VerificationCodes.matches(KEY, "{\"a\":1}", code)).isTrue();
        assertThat(VerificationCodes.matches(KEY, "{\"a\":1} ", code)).as("one byte more").isFalse();
        assertThat(VerificationCodes.matches(OTHER_KEY, "{\"a\":1}", code)).isFalse();
    }

    @Test
    void theCodeIsTheFirstEightyBitsOfTheHmacInCrockfordBase32() throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(KEY, "HmacSHA256"));
        byte[] digest = mac.doFinal("data".getBytes(StandardCharsets.UTF_8));
        StringBuilder bits = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            bits.append(String.format("%8s", Integer.toBinaryString(digest[i] & 0xFF)).replace(' ', '0'));
        }
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 80; i += 5) {
            expected.append("0123456789ABCDEFGHJKMNPQRSTVWXYZ".charAt(Integer.parseInt(bits.substring(i, i + 5), 2)));
        }

        assertThat(VerificationCodes.code(KEY, "data")).isEqualTo(expected.toString());
    }

    @Test
    void whatStaffTypeIsReadGenerously() {
        assertThat(VerificationCodes.format("ABCDEFGHJKMNPQRS")).isEqualTo("ABCD-EFGH-JKMN-PQRS");
        assertThat(VerificationCodes.normalize(" abcd-efgh jkmn-pqrs ")).contains("ABCDEFGHJKMNPQRS");
        assertThat(VerificationCodes.normalize("O1IL-0000-0000-0000")).as("O, I and L read as digits").contains("0111000000000000");
        assertThat(VerificationCodes.normalize("ABCD-EFGH-JKMN-PQR")).isEmpty();
        assertThat(VerificationCodes.normalize("ABCD-EFGH-JKMN-PQRU")).as("U is not in the alphabet").isEmpty();
        assertThat(VerificationCodes.normalize(null)).isEmpty();
    }
}
