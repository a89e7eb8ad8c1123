package org.mutualportal.core.registry;

import org.mutualportal.api.security.Actor;
import org.mutualportal.core.audit.CoreAudit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mutualportal.core.audit.AuditTrail;
import org.mutualportal.api.time.PortalClock;

/**
 * Whether each module is on: configuration first ({@code portal.modules.<id>.enabled}, environment
 * variable {@code PORTAL_MODULES_<ID>_ENABLED}), then an administrator's runtime decision stored in
 * {@code module_state}.
 *
 * <p>Configuration is the IT department's hard switch: a module off by configuration is not migrated and
 * cannot be switched on from the admin page. The runtime decisions are read from the database and kept
 * for a few seconds ({@code portal.modules.refresh-seconds}), so that every instance of a cluster follows
 * a change within that delay while a request does not cost a query; the instance that makes the change
 * applies it at once. The configuration switches are read once per module: they are set before start, like the
 * migrations they decide, and a page asks "is this module on?" some twenty times (menus, widgets, the
 * shared-markup key), where a MicroProfile Config lookup with its conversion was the larger part of the cost.
 */
@ApplicationScoped
public class ModuleSwitches {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    Config config;

    @Inject
    PortalClock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Actor actor;

    @Inject
    @ConfigProperty(name = "portal.modules.refresh-seconds", defaultValue = "5")
    int refreshSeconds;

    private final Map<String, Boolean> configured = new ConcurrentHashMap<>();

    private volatile Snapshot snapshot = new Snapshot(Map.of(), Long.MIN_VALUE);

    public boolean enabledByConfiguration(String moduleId) {
        return configured.computeIfAbsent(moduleId, id -> config
                .getOptionalValue("portal.modules." + id + ".enabled", Boolean.class).orElse(Boolean.TRUE));
    }

    public boolean isEnabled(String moduleId) {
        if (!enabledByConfiguration(moduleId)) {
            return false;
        }
        ModuleState state = decisions().get(moduleId);
        return state == null || state.isEnabled();
    }

    /** The last runtime decision about a module, if an administrator ever made one. */
    public Optional<ModuleState> decision(String moduleId) {
        return Optional.ofNullable(decisions().get(moduleId));
    }

    /**
     * Switches a module on or off at runtime, persisted and audited.
     *
     * @throws IllegalStateException when configuration keeps the module off
     */
    @Transactional
    public void switchModule(String moduleId, boolean enabled) {
        if (enabled && !enabledByConfiguration(moduleId)) {
            throw new IllegalStateException("Module " + moduleId + " is disabled by configuration");
        }
        ModuleState state = em.find(ModuleState.class, moduleId);
        if (state == null) {
            state = new ModuleState(moduleId);
            em.persist(state);
        }
        state.change(enabled, actor.name(), clock.now());
        audit.record(enabled ? CoreAudit.MODULE_ENABLED : CoreAudit.MODULE_DISABLED, "module:" + moduleId, null);
        em.flush();
        snapshot = new Snapshot(Map.of(), Long.MIN_VALUE);
    }

    private Map<String, ModuleState> decisions() {
        Snapshot current = snapshot;
        long now = System.nanoTime();
        if (current.loadedAt == Long.MIN_VALUE || now - current.loadedAt > refreshSeconds * 1_000_000_000L) {
            Map<String, ModuleState> states = em.createQuery("select s from ModuleState s", ModuleState.class)
                    .getResultStream()
                    .collect(Collectors.toUnmodifiableMap(ModuleState::getModuleId, Function.identity()));
            current = new Snapshot(states, now);
            snapshot = current;
        }
        return current.states;
    }

    private record Snapshot(Map<String, ModuleState> states, long loadedAt) {
    }
}
