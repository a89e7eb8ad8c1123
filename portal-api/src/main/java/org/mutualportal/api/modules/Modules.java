package org.mutualportal.api.modules;

import java.util.List;
import org.mutualportal.spi.Placement;

/**
 * What a module may know of the other modules: whether one is on, and the links the enabled ones add to a
 * placement. A module never uses another module's classes; where its page links to another module's feature
 * (the FAQ's "contactez-nous"), it asks {@link #isEnabled(String)} and links to the page by path.
 *
 * <p>An application-scoped CDI bean; answers follow the administrators' switches within
 * {@code portal.modules.refresh-seconds}.
 *
 * @since 1.0
 */
public interface Modules {

    /**
     * Whether a module is deployed and switched on.
     *
     * @param id a module's id
     * @return {@code false} for a module that is absent, or off by configuration or by an administrator
     */
    boolean isEnabled(String id);

    /**
     * The entries the enabled modules add to a placement that the current actor may open, in menu order.
     *
     * @param placement where the entries appear
     * @return never {@code null}
     */
    List<Link> links(Placement placement);

    /**
     * A menu entry as a page shows it.
     *
     * @param moduleName the French name of the module that adds it
     * @param label its French label
     * @param path context-relative path
     */
    record Link(String moduleName, String label, String path) implements java.io.Serializable {
    }
}
