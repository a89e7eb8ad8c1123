package org.mutualportal.core.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What this instance's {@link OutboxSender} did lately, for its log, {@code /health} and the outbox page: when it
 * last showed a sign of life, and since when its runs fail. An outage is one stretch of failing runs: its start
 * and its end are logged once each, not every five seconds.
 *
 * <p>Kept in memory, per instance: each instance of a cluster runs its own sender. Times are the machine's, not
 * the portal's clock (which tests may shift by days): they measure the sender, not the business.
 */
@ApplicationScoped
public class SenderPulse {

    /** A stretch of failing runs that has just ended. */
    public record Outage(Instant since, int failedRuns) {
    }

    private volatile long lastBeat = System.nanoTime();
    private Instant failingSince;
    private int failedRuns;

    /** The sender is alive: a run starts, or makes progress. */
    void beat() {
        lastBeat = System.nanoTime();
    }

    /**
     * A run failed.
     *
     * @return whether this failure starts an outage (the one to log)
     */
    synchronized boolean failed(Instant now) {
        failedRuns++;
        if (failingSince == null) {
            failingSince = now;
            return true;
        }
        return false;
    }

    /** A run succeeded; returns the outage it ends, if the runs before it failed. */
    synchronized Optional<Outage> succeeded() {
        if (failingSince == null) {
            return Optional.empty();
        }
        Outage ended = new Outage(failingSince, failedRuns);
        failingSince = null;
        failedRuns = 0;
        return Optional.of(ended);
    }

    /** Since when the sender's runs fail, if the last one failed. */
    public synchronized Optional<Instant> failingSince() {
        return Optional.ofNullable(failingSince);
    }

    /** Runs failed since {@link #failingSince()}. */
    public synchronized int failedRuns() {
        return failedRuns;
    }

    /** Whether the runs have been failing for longer than {@code limit}. */
    public synchronized boolean failingLongerThan(Duration limit, Instant now) {
        return failingSince != null && failingSince.plus(limit).isBefore(now);
    }

    /** Time since the last sign of life: a few seconds while the timer ticks, growing if it is gone or a run hangs. */
    public Duration silence() {
        return Duration.ofNanos(System.nanoTime() - lastBeat);
    }
}
