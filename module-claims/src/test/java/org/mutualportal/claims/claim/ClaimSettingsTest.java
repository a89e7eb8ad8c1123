package org.mutualportal.claims.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimSettingsTest {

    private final ClaimSettings settings = new ClaimSettings();

    @Test
    void aKindOfCareIsLabelledFromTheBundle() {
        assertThat(settings.careKindLabel("optique")).isEqualTo("Optique");
        assertThat(settings.careKindLabel("etranger")).isEqualTo("Soins à l'étranger");
    }

    @Test
    void aKindWithoutLabelIsShownByItsCode() {
        settings.careKinds = List.of("optique", " acupuncture ", "");

        assertThat(settings.careKindLabel("acupuncture")).isEqualTo("acupuncture");
        assertThat(settings.getCareKinds()).extracting(ClaimSettings.CareKind::getCode, ClaimSettings.CareKind::getLabel)
                .containsExactly(tuple("optique", "Optique"), tuple("acupuncture", "acupuncture"));
        assertThat(settings.isCareKind("acupuncture")).isTrue();
        assertThat(settings.isCareKind("")).isFalse();
    }
}
