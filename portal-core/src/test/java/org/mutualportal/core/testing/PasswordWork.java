package org.mutualportal.core.testing;

import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The PBKDF2 computations the portal has made so far, of every kind (hash, verify, decoy), from its own metric
 * {@code portal.password.computations}: what tests count to show that a refused attempt cost no verification, or
 * that two answers cost the same work — counted, not timed. Inside the container (add this class to the deployment).
 */
public final class PasswordWork {

    private PasswordWork() {
    }

    public static long sofar(MetricRegistry metrics) {
        return metrics.getCounters((id, metric) -> id.getName().equals("portal.password.computations")).values().stream()
                .mapToLong(Counter::getCount).sum();
    }
}
