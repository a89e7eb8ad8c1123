package org.mutualportal.claims.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ClaimFileNamesTest {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0};

    @Test
    void theRoleComesFirstAndTheNameKeepsTheExtensionOfItsRealType() {
        assertThat(ClaimFileNames.of(FileRole.PROOF, 2, "facture.pdf", PDF)).isEqualTo("justificatif-2-facture.pdf");
        assertThat(ClaimFileNames.of(FileRole.STATEMENT, 1, "C:\\Mes documents\\relevé ameli.pdf", PDF))
                .isEqualTo("decompte-relevé ameli.pdf");
        assertThat(ClaimFileNames.of(FileRole.COMPLEMENT, 1, "photo.pdf", PNG)).isEqualTo("complement-1-photo.pdf.png");
    }

    @Test
    void aLongNameKeepsItsEndWithinTheStoredLength() {
        String name = ClaimFileNames.of(FileRole.PROOF, 1, "x".repeat(300) + ".pdf", PDF);

        assertThat(name).startsWith("justificatif-1-").endsWith(".pdf");
        assertThat(name.length()).isLessThanOrEqualTo(120);
    }
}
