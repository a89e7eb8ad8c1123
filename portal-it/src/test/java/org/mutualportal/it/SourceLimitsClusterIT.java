package org.mutualportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mutualportal.testing.PortalCluster;
import org.mutualportal.testing.WebClient;
import org.mutualportal.testing.WebClient.Page;

/**
 * Per-source limits across a cluster: two Payara Micro instances behind nginx (round-robin), started by
 * {@code scripts/cluster.sh}, which declares nginx as the trusted proxy. A script's attempts from one address
 * alternate between the instances; the count they share in PostgreSQL refuses the address after the threshold
 * on both — counted per instance, the script would get twice as many verifications. The threshold is lowered to
 * 20 (refused at once, not slowed first: the cluster has no test clock to move) so that the run stays short.
 * Skipped when nginx is not installed, except under CI where that fails.
 */
class SourceLimitsClusterIT {

    private static final int REFUSE_AFTER = 20;

    private static PortalCluster cluster;

    @BeforeAll
    static void startCluster() {
        PortalCluster.requireNginx();
        Instant start = Instant.now();
        cluster = PortalCluster.start(2, Map.of(
                "PORTAL_SECURITY_SOURCE_SLOW_AFTER", Integer.toString(REFUSE_AFTER),
                "PORTAL_SECURITY_SOURCE_REFUSE_AFTER", Integer.toString(REFUSE_AFTER)));
        System.out.printf("[sources-cluster] 2 instances + nginx ready in %d s%n", Duration.between(start, Instant.now()).toSeconds());
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void bothInstancesShareTheCountAndRefuseTheAddressWhileAMemberElsewhereSignsIn() {
        WebClient script = cluster.client().withHeader("X-Forwarded-For", "198.18.90.9");
        List<Integer> statuses = new ArrayList<>();
        Set<Integer> verifiedBy = new LinkedHashSet<>();
        Set<Integer> refusedBy = new LinkedHashSet<>();
        for (int i = 0; i < 3 * REFUSE_AFTER; i++) {
            if (i % 2 == 1) {
                // nginx alternates every request: one more page read makes this post land on the other instance.
                script.get("login.xhtml");
            }
            Page answer = script.get("login.xhtml").form("login")
                    .set("login:identifier", "stuffed-" + i + "-" + UUID.randomUUID() + "@example.test")
                    .set("login:password", "Devine#" + i).submit("login:submit");
            statuses.add(answer.status());
            (answer.status() == 429 ? refusedBy : verifiedBy).add(cluster.answeredBy(answer));
        }

        assertThat(statuses.stream().filter(s -> s == 200).count()).as("verified, whichever instance answered: %s", statuses)
                .isEqualTo(REFUSE_AFTER);
        assertThat(statuses.subList(REFUSE_AFTER, statuses.size())).containsOnly(429);
        assertThat(verifiedBy).as("the attempts went to both instances").containsExactlyInAnyOrder(1, 2);
        assertThat(refusedBy).as("and both refuse").containsExactlyInAnyOrder(1, 2);

        WebClient marie = cluster.client().withHeader("X-Forwarded-For", "198.51.100.90");
        assertThat(marie.login("marie.leroy@example.fr", "Adherent#2026").uri().getPath())
                .as("a member at another address").isEqualTo("/home.xhtml");
    }
}
