package org.mutualportal.core.admin;

import org.mutualportal.core.web.CoreTexts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mutualportal.core.registry.ModuleRegistry;
import org.mutualportal.core.registry.ModuleState;
import org.mutualportal.core.registry.ModuleSwitches;
import org.mutualportal.spi.PortalModule;
import org.mutualportal.api.text.Texts;

/**
 * The administrator's list of modules: id, name, version, state, and who last switched each one and when
 * (shown by login, resolved for the whole list in one query).
 */
@Named
@RequestScoped
public class ModulesAdminBacking {

    @Inject
    ModuleRegistry registry;

    @Inject
    ModuleSwitches switches;

    @Inject
    ActorNames actorNames;

    private List<ModuleRow> rows;

    public List<ModuleRow> getModules() {
        if (rows == null) {
            Map<String, String> logins = actorNames.loginsOf(registry.all().stream()
                    .map(m -> switches.decision(m.id()).map(ModuleState::getChangedBy).orElse(null))
                    .filter(Objects::nonNull).toList());
            rows = registry.all().stream().map(m -> row(m, logins)).toList();
        }
        return rows;
    }

    private ModuleRow row(PortalModule module, Map<String, String> logins) {
        Optional<ModuleState> decision = switches.decision(module.id());
        String changedBy = decision.map(ModuleState::getChangedBy).orElse(null);
        return new ModuleRow(module.id(), registry.name(module), module.version(),
                switches.enabledByConfiguration(module.id()), registry.isEnabled(module.id()),
                changedBy == null ? null : logins.getOrDefault(changedBy, changedBy),
                decision.map(ModuleState::getChangedAt).orElse(null));
    }

    public void enable(String id) {
        change(id, true);
    }

    public void disable(String id) {
        change(id, false);
    }

    private void change(String id, boolean enabled) {
        if (registry.find(id).isEmpty() || (enabled && !switches.enabledByConfiguration(id))) {
            Texts.error(CoreTexts.core("admin.modules.cannot-enable"));
            return;
        }
        switches.switchModule(id, enabled);
        rows = null;
        Texts.info(CoreTexts.core(enabled ? "admin.modules.enabled" : "admin.modules.disabled", id));
    }

    /** One module as the admin page lists it; {@code changedBy} is the administrator's login. */
    public record ModuleRow(String id, String name, String version, boolean enabledByConfiguration, boolean enabled,
            String changedBy, OffsetDateTime changedAt) {
    }
}
