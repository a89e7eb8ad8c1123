package org.mutualportal.documents.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mutualportal.documents.card.CardSettings.Domain;

class CardSettingsTest {

    @Test
    void theDefaultDomainsAreTheUsualOnesInOrder() {
        assertThat(CardSettings.parse(CardSettings.DEFAULT_DOMAINS)).extracting(Domain::code)
                .containsExactly("PHAR", "MEDE", "RADL", "LABO", "AUXM", "SAGE", "CSTE", "TRAN", "DENT", "OPTI", "AUDI", "HOSP");
    }

    @Test
    void domainsAreReadLeniently() {
        assertThat(CardSettings.parse(" phar = 100 , opti=pec,, hosp=NON ")).containsExactly(new Domain("PHAR", "100"),
                new Domain("OPTI", "PEC"), new Domain("HOSP", "NON"));
        assertThat(new Domain("PHAR", "100").printed()).isEqualTo("100%");
        assertThat(new Domain("OPTI", "PEC").printed()).isEqualTo("PEC");
    }

    @Test
    void aTypoStopsTheCardNamingTheKeyAndTheEntry() {
        assertThatThrownBy(() -> CardSettings.parse("PHAR=100,PHARMA=100")).hasMessageContaining("portal.documents.card.domains")
                .hasMessageContaining("PHARMA=100");
        assertThatThrownBy(() -> CardSettings.parse("PHAR")).hasMessageContaining("'PHAR'");
        assertThatThrownBy(() -> CardSettings.parse("PHAR=cent")).hasMessageContaining("PHAR=cent");
    }
}
