package org.mutualportal.core.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The SMTP server and the outbox's retry policy ({@code portal.mail.*}). */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "portal.mail.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "portal.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "portal.mail.from", defaultValue = "ne-pas-repondre@mutuelle.example")
    String from;

    @Inject
    @ConfigProperty(name = "portal.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "portal.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "portal.mail.starttls", defaultValue = "false")
    boolean starttls;

    /** First retry delay; each next one doubles, up to {@link #retryMaxSeconds}. */
    @Inject
    @ConfigProperty(name = "portal.mail.retry.base-seconds", defaultValue = "60")
    long retryBaseSeconds;

    @Inject
    @ConfigProperty(name = "portal.mail.retry.max-seconds", defaultValue = "3600")
    long retryMaxSeconds;

    /** After this many attempts a mail is marked FAILED and shown to administrators (3 days at the defaults). */
    @Inject
    @ConfigProperty(name = "portal.mail.retry.max-attempts", defaultValue = "80")
    int maxAttempts;

    /**
     * How long the queue may stand still before administrators and {@code /health} are told: the oldest waiting
     * mail due this long ago, or this instance's sender failing for this long.
     */
    @Inject
    @ConfigProperty(name = "portal.mail.stalled-after-seconds", defaultValue = "600")
    long stalledAfterSeconds;

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String from() {
        return from;
    }

    public Optional<String> username() {
        return username.filter(u -> !u.isBlank());
    }

    public Optional<String> password() {
        return password;
    }

    public boolean starttls() {
        return starttls;
    }

    /** The delay before attempt number {@code attempts + 1}. */
    public long retryDelaySeconds(int attempts) {
        long delay = retryBaseSeconds << Math.min(Math.max(attempts - 1, 0), 20);
        return Math.min(delay, retryMaxSeconds);
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration stalledAfter() {
        return Duration.ofSeconds(stalledAfterSeconds);
    }
}
