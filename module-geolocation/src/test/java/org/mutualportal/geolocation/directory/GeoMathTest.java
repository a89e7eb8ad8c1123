package org.mutualportal.geolocation.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class GeoMathTest {

    @Test
    void distancesMatchKnownFigures() {
        // Paris (Notre-Dame) to Marseille (Vieux-Port): 661 km as the crow flies.
        assertThat(GeoMath.distanceMeters(48.8530, 2.3499, 43.2951, 5.3752)).isBetween(658_000.0, 664_000.0);
        // One degree of latitude is 111.2 km on the mean sphere.
        assertThat(GeoMath.distanceMeters(43, 5, 44, 5)).isCloseTo(111_195, within(1.0));
        assertThat(GeoMath.distanceMeters(43.3, 5.4, 43.3, 5.4)).isZero();
    }

    @Test
    void offsetMovesByTheDistanceAsked() {
        double[] p = GeoMath.offset(43.2951, 5.3752, 300, -400);
        assertThat(GeoMath.distanceMeters(43.2951, 5.3752, p[0], p[1])).isCloseTo(500, within(0.5));
    }

    @Test
    void theBoxContainsEveryPointOfTheCircle() {
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            double lat = -60 + random.nextDouble() * 120;
            double lon = -170 + random.nextDouble() * 340;
            double radius = 100 + random.nextDouble() * 30_000;
            GeoMath.Box box = GeoMath.box(lat, lon, radius);
            double bearing = random.nextDouble() * 2 * Math.PI;
            double[] p = GeoMath.offset(lat, lon, Math.cos(bearing) * radius * 0.999, Math.sin(bearing) * radius * 0.999);
            if (GeoMath.distanceMeters(lat, lon, p[0], p[1]) <= radius) {
                assertThat(p[0]).isBetween(box.minLat(), box.maxLat());
                assertThat(p[1]).isBetween(box.minLon(), box.maxLon());
            }
        }
    }

    @Test
    void theSearchsCheaperDistanceIsWithinAMetreUpToTheLargestRadius() {
        Random random = new Random(11);
        double worst = 0;
        for (int i = 0; i < 20_000; i++) {
            // Metropolitan France and the overseas departments (Réunion at 21° S to Dunkirk at 51° N).
            double lat = -22 + random.nextDouble() * 73;
            double lon = -62 + random.nextDouble() * 120;
            double bearing = random.nextDouble() * 2 * Math.PI;
            double radius = random.nextDouble() * 20_000;
            double[] p = GeoMath.offset(lat, lon, Math.cos(bearing) * radius, Math.sin(bearing) * radius);
            worst = Math.max(worst, Math.abs(GeoMath.nearDistanceMeters(lat, lon, p[0], p[1])
                    - GeoMath.distanceMeters(lat, lon, p[0], p[1])));
        }
        assertThat(worst).isLessThan(1.0);
        assertThat(GeoMath.nearDistanceMeters(43, 5, 44, 5)).isCloseTo(111_195, within(1.0));
    }
}
