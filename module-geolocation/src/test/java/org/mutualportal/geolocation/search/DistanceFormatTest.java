package org.mutualportal.geolocation.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DistanceFormatTest {

    @Test
    void distancesReadTheFrenchWay() {
        assertThat(SearchBacking.distance(42)).isEqualTo("40 m");
        assertThat(SearchBacking.distance(994)).isEqualTo("990 m");
        assertThat(SearchBacking.distance(1_234)).isEqualTo("1,2 km");
        assertThat(SearchBacking.distance(12_600)).isEqualTo("13 km");
    }

    @Test
    void missingParametersFallBackToDefaults() {
        SearchBacking search = new SearchBacking();
        assertThat(search.getRadiusKm()).isEqualTo(5);
        assertThat(search.getPageNumber()).isEqualTo(1);

        search.getForm().setRadius(20);
        search.getForm().setPage(3);
        assertThat(search.getRadiusKm()).isEqualTo(20);
        assertThat(search.getPageNumber()).isEqualTo(3);
    }
}
