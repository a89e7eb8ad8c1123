package org.mutualportal.core.registry;

import org.mutualportal.api.security.Actor;
import org.mutualportal.api.modules.Modules;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.mutualportal.core.registry.ModuleCatalog.OwnedRequestType;
import org.mutualportal.spi.MenuEntry;
import org.mutualportal.spi.Placement;
import org.mutualportal.spi.PortalModule;
import org.mutualportal.spi.Widget;

/**
 * The modules of this portal and what the enabled ones contribute: the one place the shell asks "which
 * menu entries, which widgets, is this module on?".
 */
@ApplicationScoped
public class ModuleRegistry implements Modules {

    private static final Logger LOG = Logger.getLogger(ModuleRegistry.class.getName());

    @Inject
    @Any
    Instance<PortalModule> discovered;

    @Inject
    ModuleSwitches switches;

    private ModuleCatalog catalog;

    @Inject
    Actor actor;

    @PostConstruct
    void discover() {
        catalog = ModuleCatalog.of(discovered.stream().toList());
        LOG.info(() -> "Portal modules: " + catalog.modules().stream().map(m -> m.id() + " " + m.version()).toList());
    }

    /** Every module in the WAR, enabled or not, in module order. */
    public List<PortalModule> all() {
        return catalog.modules();
    }

    public Optional<PortalModule> find(String id) {
        return catalog.find(id);
    }

    /** Whether the module is in the WAR and switched on (configuration and administrator). */
    @Override
    public boolean isEnabled(String id) {
        return catalog.find(id).isPresent() && switches.isEnabled(id);
    }

    public boolean isEnabledByConfiguration(String id) {
        return switches.enabledByConfiguration(id);
    }

    public List<PortalModule> enabled() {
        return catalog.modules().stream().filter(m -> switches.isEnabled(m.id())).toList();
    }

    /** The module whose pages the path belongs to, if any (enabled or not). */
    public Optional<PortalModule> owner(String path) {
        return catalog.owner(path);
    }

    /** The enabled modules' entries for a placement that the current user may open, in display order. */
    public List<MenuLink> menu(Placement placement, Predicate<String> mayOpen) {
        List<MenuLink> links = new ArrayList<>();
        for (PortalModule module : enabled()) {
            for (MenuEntry entry : module.menuEntries()) {
                if (entry.placement() == placement && mayOpen.test(entry.path())) {
                    links.add(new MenuLink(module.id(), label(module, entry.labelKey()), entry.path(),
                            entry.collectiveGuarded(), entry.order(), module.order()));
                }
            }
        }
        links.sort(Comparator.comparingInt(MenuLink::order).thenComparingInt(MenuLink::moduleOrder));
        return links;
    }

    @Override
    public List<Link> links(Placement placement) {
        return menu(placement, actor::mayOpen).stream()
                .map(link -> new Link(find(link.moduleId()).map(this::name).orElse(link.moduleId()), link.label(), link.path()))
                .toList();
    }

    /** Whether some enabled module's menu entry to this path is marked as changing the contract or coordinates. */
    public boolean isCollectiveGuarded(String path) {
        return enabled().stream()
                .flatMap(m -> m.menuEntries().stream())
                .anyMatch(e -> e.collectiveGuarded() && e.path().equals(path));
    }

    /** The enabled modules' widgets of a dashboard column, in display order. */
    public List<Widget> widgets(Widget.Column column) {
        List<Widget> widgets = new ArrayList<>();
        for (PortalModule module : enabled()) {
            module.widgets().stream().filter(w -> w.column() == column).forEach(widgets::add);
        }
        widgets.sort(Comparator.comparingInt(Widget::order));
        return widgets;
    }

    public Optional<OwnedRequestType> requestType(String code) {
        return catalog.requestType(code);
    }

    public List<OwnedRequestType> requestTypes() {
        return catalog.requestTypes();
    }

    /** A request type's French label, from the bundle of the module that declares it; the code when none does. */
    public String requestTypeLabel(String code) {
        return requestType(code).map(t -> label(t.module(), t.type().labelKey())).orElse(code);
    }

    /** A module's display name. */
    public String name(PortalModule module) {
        return label(module, module.nameKey());
    }

    /** A label from a module's bundle, in French; the key itself when missing, so a gap shows instead of breaking the page. */
    public String label(PortalModule module, String key) {
        try {
            return ResourceBundle.getBundle(module.bundle(), Locale.FRANCE, module.getClass().getClassLoader())
                    .getString(key);
        } catch (MissingResourceException e) {
            LOG.warning(() -> "Missing label " + key + " in " + module.bundle());
            return key;
        }
    }

    /** A resolved menu link. */
    public record MenuLink(String moduleId, String label, String path, boolean collectiveGuarded, int order,
            int moduleOrder) {
    }
}
