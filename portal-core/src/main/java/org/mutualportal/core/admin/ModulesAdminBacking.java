package org.mutualportal.core.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.util.List;
import org.mutualportal.core.member.MemberContext;
import org.mutualportal.core.member.SignedInUser;
import org.mutualportal.core.registry.ModuleRegistry;
import org.mutualportal.core.registry.ModuleState;
import org.mutualportal.core.registry.ModuleSwitches;
import org.mutualportal.core.spi.PortalModule;
import org.mutualportal.core.web.Texts;

/** The administrator's list of modules, with their state and who last switched them. */
@Named
@RequestScoped
public class ModulesAdminBacking {

    @Inject
    ModuleRegistry registry;

    @Inject
    ModuleSwitches switches;

    @Inject
    MemberContext memberContext;

    private List<ModuleRow> rows;

    public List<ModuleRow> getModules() {
        if (rows == null) {
            rows = registry.all().stream().map(this::row).toList();
        }
        return rows;
    }

    private ModuleRow row(PortalModule module) {
        ModuleState decision = switches.decision(module.id()).orElse(null);
        return new ModuleRow(module.id(), registry.name(module), module.version(),
                switches.enabledByConfiguration(module.id()), registry.isEnabled(module.id()),
                decision == null ? null : decision.getChangedBy(),
                decision == null ? null : decision.getChangedAt());
    }

    public void enable(String id) {
        change(id, true);
    }

    public void disable(String id) {
        change(id, false);
    }

    private void change(String id, boolean enabled) {
        if (registry.find(id).isEmpty() || (enabled && !switches.enabledByConfiguration(id))) {
            Texts.error(null, Texts.core("admin.modules.cannot-enable"));
            return;
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String actor = memberContext.user().map(SignedInUser::callerName).orElseThrow();
        switches.switchModule(id, enabled, actor, request.getRemoteAddr());
        rows = null;
        Texts.info(Texts.core(enabled ? "admin.modules.enabled" : "admin.modules.disabled", id));
    }

    /** One module as the admin page lists it. */
    public record ModuleRow(String id, String name, String version, boolean enabledByConfiguration, boolean enabled,
            String changedBy, OffsetDateTime changedAt) {
    }
}
