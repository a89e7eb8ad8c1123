package org.mutualportal.documents.attestation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutualportal.documents.attestation.AttestationData.CoveredPerson;

class AttestationDataTest {

    private static final AttestationData DATA = new AttestationData("0a1b2c3d4e5f6071", "Mutuelle de Marseille Métropole",
            "12 rue de la République, 13002 Marseille", "Marie LEROY", "100234", "IND-2019-004512", "Labellisée Confort",
            null, LocalDate.of(2019, 1, 1), null, LocalDate.of(2026, 11, 25), OffsetDateTime.parse("2026-11-25T09:30:00Z"),
            List.of(new CoveredPerson("Marie LEROY", LocalDate.of(1978, 3, 14), "MEMBER", LocalDate.of(2019, 1, 1), null),
                    new CoveredPerson("Léa LEROY", LocalDate.of(2010, 6, 2), "CHILD", LocalDate.of(2019, 1, 1),
                            LocalDate.of(2028, 6, 30))));

    @Test
    void theSignedJsonReadsBackToTheSameDataAndTheSameBytes() {
        String json = DATA.toJson();

        AttestationData read = AttestationData.fromJson(json);

        assertThat(read).isEqualTo(DATA);
        assertThat(read.toJson()).isEqualTo(json);
        assertThat(json).startsWith("{\"v\":1,\"nonce\":\"0a1b2c3d4e5f6071\",\"mutualName\":\"Mutuelle de Marseille Métropole\"")
                .contains("\"employerName\":null", "\"certifiedDate\":\"2026-11-25\"",
                        "{\"name\":\"Léa LEROY\",\"birthDate\":\"2010-06-02\",\"relationship\":\"CHILD\",\"from\":\"2019-01-01\",\"to\":\"2028-06-30\"}");
    }
}
