package org.mutualportal.core.security.source;

import jakarta.faces.context.FacesContext;
import java.time.Duration;
import org.mutualportal.api.security.TooManyAttempts;
import org.mutualportal.api.text.Texts;

/** How a page answers a source slowed or refused: HTTP 429, {@code Retry-After}, the French message. */
public final class SourceRefusals {

    private SourceRefusals() {
    }

    public static TooManyAttempts exception(SourceDecision decision) {
        return new TooManyAttempts(decision.verdict() == SourceDecision.Verdict.REFUSED, decision.retryAfter());
    }

    /** The page is rendered again with the message at its top, answered 429 with {@code Retry-After}. */
    public static void onPage(FacesContext faces, SourceDecision decision) {
        TooManyAttempts refusal = exception(decision);
        status(faces, refusal.retryAfter());
        Texts.error(refusal.text());
    }

    /** 429 and {@code Retry-After} (whole seconds) on the current Faces response. */
    public static void status(FacesContext faces, Duration retryAfter) {
        faces.getExternalContext().setResponseStatus(429);
        faces.getExternalContext().setResponseHeader("Retry-After",
                Long.toString(Math.max(1, retryAfter.toSeconds() + (retryAfter.toMillisPart() > 0 ? 1 : 0))));
    }
}
