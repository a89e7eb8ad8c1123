package org.mutualportal.core.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.mutualportal.core.mail.MailSettings;
import org.mutualportal.core.mail.SenderPulse;

/**
 * This instance's outbox sender, as {@code mail-queue} on {@code /health} and {@code /health/live}.
 *
 * <p>DOWN only when the sender shows no sign of life for {@code portal.mail.stalled-after-seconds} (a minute at
 * least: it ticks every five seconds, and a busy machine must not make the probe flap): its timer is gone or a
 * run hangs, which restarting the instance cures — what a liveness probe leads to. Runs that fail because
 * something the sender depends on is down (the database, typically) keep it UP, with {@code stalled: true} and
 * the outage's start in its data: a restart would not bring the database back and would end sessions for
 * nothing, and a readiness DOWN would take from the load balancer an instance members can still browse
 * ({@link DatabaseReadiness} already does when the database is the cause). MicroProfile Health has no check
 * shown on {@code /health} alone (Payara registers only liveness, readiness and startup checks), so monitoring
 * reads that data.
 *
 * <p>Memory only, never the database: a liveness probe must answer at once even while the database hangs.
 */
@Liveness
@ApplicationScoped
public class MailQueueLiveness implements HealthCheck {

    private static final Duration MIN_SILENCE = Duration.ofMinutes(1);

    @Inject
    SenderPulse pulse;

    @Inject
    MailSettings settings;

    private volatile Duration stalledAfter;

    /**
     * Reads the settings at start, in the application's context. Payara calls health checks where the WAR's own
     * configuration files are not seen: a bean first created by a check — this one, or {@link MailSettings} —
     * would read the code's defaults for good.
     */
    void readSettings(@Observes @Initialized(ApplicationScoped.class) Object started) {
        stalledAfter = settings.stalledAfter();
    }

    @Override
    public HealthCheckResponse call() {
        Duration stalledAfter = this.stalledAfter;
        if (stalledAfter == null) {
            return HealthCheckResponse.up("mail-queue"); // asked while the application starts
        }
        Duration silence = pulse.silence();
        boolean alive = silence.compareTo(stalledAfter.compareTo(MIN_SILENCE) < 0 ? MIN_SILENCE : stalledAfter) <= 0;
        HealthCheckResponseBuilder response = HealthCheckResponse.named("mail-queue").status(alive)
                .withData("stalled", !alive || pulse.failingLongerThan(stalledAfter, Instant.now()))
                .withData("silent-seconds", silence.toSeconds())
                .withData("stalled-after-seconds", stalledAfter.toSeconds());
        pulse.failingSince().ifPresent(since -> response.withData("failing-since", since.toString())
                .withData("failed-runs", pulse.failedRuns()));
        return response.build();
    }
}
