package org.mutualportal.geolocation.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mutualportal.geolocation.directory.Category;
import org.mutualportal.geolocation.directory.DirectoryEntry;
import org.mutualportal.geolocation.directory.GeoMath;

class GeolocationDemoDataTest {

    private static final List<double[]> CENTRES = List.of(new double[] {1, 43.29814, 5.38407},
            new double[] {2, 43.29664, 5.37034}, new double[] {8, 43.27083, 5.3821}, new double[] {13, 43.31856, 5.40836});

    @Test
    void theSameThreeThousandProfessionalsEveryTime() {
        List<DirectoryEntry> first = GeolocationDemoData.generate(CENTRES);
        List<DirectoryEntry> second = GeolocationDemoData.generate(CENTRES);

        assertThat(first).hasSize(3_000).isEqualTo(second);
        assertThat(first).extracting(DirectoryEntry::sourceKey).doesNotHaveDuplicates();
    }

    @Test
    void everyCategoryInPlausibleProportionsAroundTheArrondissements() {
        List<DirectoryEntry> all = GeolocationDemoData.generate(CENTRES);
        Map<Category, Long> byCategory = all.stream().collect(Collectors.groupingBy(DirectoryEntry::category, Collectors.counting()));

        assertThat(byCategory.keySet()).isEqualTo(EnumSet.allOf(Category.class));
        assertThat(byCategory.get(Category.GENERAL_PRACTITIONER)).isBetween(640L, 800L);
        assertThat(byCategory.get(Category.PHARMACY)).isBetween(200L, 290L);
        assertThat(byCategory.get(Category.HOSPITAL)).isBetween(15L, 50L);
        assertThat(all).allSatisfy(e -> {
            double nearest = CENTRES.stream().mapToDouble(c -> GeoMath.distanceMeters(c[1], c[2], e.latitude(), e.longitude()))
                    .min().orElseThrow();
            assertThat(nearest).isLessThan(5_000);
            assertThat(e.phone()).matches("046571\\d{4}");
            assertThat(e.postcode()).matches("130(01|02|08|13)");
        });
        Function<DirectoryEntry, Boolean> unknownFees = e -> e.convention() == null && e.tiersPayant() == null;
        assertThat(all.stream().filter(unknownFees::apply).count()).as("some rows say nothing about fees").isPositive();
        assertThat(all.stream().filter(e -> "SECTOR_2".equals(e.convention())).count()).isPositive();
    }
}
