package org.mutualportal.geolocation.geocoding;

import java.time.Duration;

/**
 * Spaces calls to an external service evenly ({@code perSecond} at most). A caller waits for its slot when
 * it can afford to (an import), or gives up at once when waiting would exceed {@code maxWait} (a member's
 * suggestions): then the offline table answers instead.
 */
final class RateLimiter {

    private final long intervalNanos;
    private long nextSlot = System.nanoTime();

    RateLimiter(int perSecond) {
        this.intervalNanos = 1_000_000_000L / Math.max(1, perSecond);
    }

    /** Takes a slot, waiting at most {@code maxWait}; false (and nothing taken) when the wait would be longer. */
    boolean acquire(Duration maxWait) {
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = Math.max(now, nextSlot);
            wait = slot - now;
            if (wait > maxWait.toNanos()) {
                return false;
            }
            nextSlot = slot + intervalNanos;
        }
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
