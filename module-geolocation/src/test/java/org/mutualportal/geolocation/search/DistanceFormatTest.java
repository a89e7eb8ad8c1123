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
    void badParametersFallBackToDefaults() {
        assertThat(SearchBacking.parseRadius("3")).isEqualTo(5);
        assertThat(SearchBacking.parseRadius("20")).isEqualTo(20);
        assertThat(SearchBacking.parseRadius(null)).isEqualTo(5);
        assertThat(SearchBacking.parsePage("-2")).isEqualTo(1);
        assertThat(SearchBacking.parsePage("abc")).isEqualTo(1);
        assertThat(SearchBacking.parsePage("3")).isEqualTo(3);
    }
}
