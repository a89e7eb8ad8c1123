package org.mutualportal.core.spi;

/**
 * Loads a module's demonstration data when {@code portal.demo-data=true}.
 *
 * <p>Implementations are CDI beans found like modules. They run after every migration, in the order of
 * {@link #order()}, once the core has loaded its demo members (see the core's {@code DemoMembers}); each call
 * must be idempotent — it runs at every start.
 *
 * @since 0.1
 */
public interface DemoData {

    /** Id of the module this data belongs to; it is skipped while that module is disabled. */
    String moduleId();

    default int order() {
        return 100;
    }

    /** Loads the data if it is not there yet, in the caller's transaction. */
    void load();
}
