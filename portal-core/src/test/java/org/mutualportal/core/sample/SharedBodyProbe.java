package org.mutualportal.core.sample;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Tells a page whether the body of its {@code portal:shared} was built in this request. */
@Named
@RequestScoped
public class SharedBodyProbe {

    private boolean built;

    /** Called by a build-time tag of the body: true, so that the body's markup is there when it is built. */
    public boolean build() {
        built = true;
        return true;
    }

    public boolean isBuilt() {
        return built;
    }
}
