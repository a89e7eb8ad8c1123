package org.mutualportal.core.security.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mutualportal.api.security.SourceAttempts;

/** The core's {@link SourceAttempts}: a module's kinds of attempt are two of {@link SourceLimits}' actions. */
@ApplicationScoped
public class PortalSourceAttempts implements SourceAttempts {

    @Inject
    CurrentSource source;

    @Inject
    SourceLimits limits;

    @Override
    public void check(Kind kind) {
        SourceDecision decision = limits.check(source.get(), SourceAction.valueOf(kind.name()));
        if (!decision.allowed()) {
            throw SourceRefusals.exception(decision);
        }
    }

    @Override
    public void failed(Kind kind) {
        limits.failed(source.get(), SourceAction.valueOf(kind.name()));
    }
}
