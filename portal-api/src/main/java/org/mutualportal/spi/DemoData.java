package org.mutualportal.spi;

/**
 * Loads a module's demonstration data when {@code portal.demo-data=true}.
 *
 * <p>Implementations are CDI beans found like modules. They run after every migration, in the order of
 * {@link #order()}, once the core has loaded its demo members ({@link DemoMembers} gives their ids); each call
 * must be idempotent — it runs at every start.
 *
 * @since 1.0
 */
public interface DemoData {

    /**
     * Id of the module this data belongs to; it is skipped while that module is disabled.
     *
     * @return a module's id
     */
    String moduleId();

    /**
     * Position among demo data loaders, lower first (after the core's members).
     *
     * @return 100 by default
     */
    default int order() {
        return 100;
    }

    /** Loads the data if it is not there yet, in the caller's transaction. */
    void load();
}
