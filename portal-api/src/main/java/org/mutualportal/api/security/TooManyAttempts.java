package org.mutualportal.api.security;

import java.time.Duration;
import org.mutualportal.api.error.BusinessException;
import org.mutualportal.api.text.Texts;

/**
 * Too many attempts from the client's source ({@link SourceAttempts}): nothing was checked. The French
 * message says how long to wait; the shell answers the page with HTTP 429 and {@code Retry-After}.
 *
 * @since 1.2
 */
public class TooManyAttempts extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    /**
     * @param refused {@code true} when the source is refused for a while, {@code false} when only slowed (one
     *        attempt every few seconds)
     * @param retryAfter how long to wait before the next attempt
     */
    public TooManyAttempts(boolean refused, Duration retryAfter) {
        super(Texts.SHARED_BUNDLE, refused ? "source.refused" : "source.slowed",
                refused ? minutes(retryAfter) : seconds(retryAfter));
        this.retryAfter = retryAfter;
    }

    /**
     * How long to wait before the next attempt.
     *
     * @return at least one second
     */
    public Duration retryAfter() {
        return retryAfter.isNegative() || retryAfter.isZero() ? Duration.ofSeconds(1) : retryAfter;
    }

    private static long seconds(Duration wait) {
        return Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
    }

    private static long minutes(Duration wait) {
        return Math.max(1, (seconds(wait) + 59) / 60);
    }
}
