package org.mutualportal.faq.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    private final Placeholders placeholders = new Placeholders(Map.of("child-age-limit", "20", "mutual-name", "MMM $1"));

    @Test
    void knownKeysAreReplacedAndUnknownOnesLeftVisible() {
        assertThat(placeholders.apply("jusqu'à [[child-age-limit]] ans chez [[ mutual-name ]], [[unknown]]"))
                .isEqualTo("jusqu'à 20 ans chez MMM $1, [[unknown]]");
        assertThat(placeholders.apply("rien à remplacer")).isEqualTo("rien à remplacer");
        assertThat(placeholders.keys()).containsExactly("child-age-limit", "mutual-name");
    }
}
