package org.mutualportal.core.sample;

import jakarta.enterprise.context.ApplicationScoped;
import org.mutualportal.spi.PortalModule;

/** A second module claiming the id "sample": a WAR holding both must not start. */
@ApplicationScoped
public class TwinModule implements PortalModule {

    @Override
    public String id() {
        return "sample";
    }

    @Override
    public String bundle() {
        return "org.mutualportal.core.sample.messages";
    }
}
