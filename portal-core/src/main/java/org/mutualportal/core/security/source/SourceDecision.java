package org.mutualportal.core.security.source;

import java.time.Duration;

/**
 * What a source may do now: go on, or wait ({@link Verdict#SLOWED}: one attempt every few seconds;
 * {@link Verdict#REFUSED}: none until the refusal ends).
 *
 * @param retryAfter how long to wait, zero when allowed
 */
public record SourceDecision(Verdict verdict, Duration retryAfter) {

    public enum Verdict { ALLOWED, SLOWED, REFUSED }

    static final SourceDecision ALLOWED = new SourceDecision(Verdict.ALLOWED, Duration.ZERO);

    public boolean allowed() {
        return verdict == Verdict.ALLOWED;
    }

    /** Whole seconds to wait, at least one, for a {@code Retry-After} header. */
    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds() + (retryAfter.toMillisPart() > 0 ? 1 : 0));
    }

    /** Whole minutes to wait, at least one, for a French message. */
    public long retryAfterMinutes() {
        return Math.max(1, (retryAfterSeconds() + 59) / 60);
    }
}
