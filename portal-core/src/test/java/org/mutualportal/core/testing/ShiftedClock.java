package org.mutualportal.core.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.time.Duration;
import org.mutualportal.core.time.SystemClock;

/** The portal's clock, moved forward by tests that need time to pass (expiries, lifetimes). */
@Alternative
@Priority(1000)
@ApplicationScoped
public class ShiftedClock extends SystemClock {

    private static volatile Duration offset = Duration.ZERO;

    public static void shift(Duration by) {
        offset = by;
    }

    public static void reset() {
        offset = Duration.ZERO;
    }

    @Override
    protected Clock clock() {
        return Clock.offset(Clock.systemUTC(), offset);
    }
}
