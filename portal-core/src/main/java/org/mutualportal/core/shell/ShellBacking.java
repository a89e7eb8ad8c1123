package org.mutualportal.core.shell;

import org.mutualportal.core.web.CoreTexts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.mutualportal.core.member.MemberScope;
import org.mutualportal.core.member.SignedInUser;
import org.mutualportal.core.registry.ModuleRegistry;
import org.mutualportal.core.registry.ModuleRegistry.MenuLink;
import org.mutualportal.core.security.AccessRules;
import org.mutualportal.spi.Placement;
import org.mutualportal.spi.PortalModule;
import org.mutualportal.api.security.Roles;
import org.mutualportal.spi.Widget;

/**
 * What the layout shows around every page: the toolbar built from the registry, the header menus and the
 * dashboard's widgets, each filtered by {@link AccessRules} for the signed-in user and computed once per
 * request.
 */
@Named("shell")
@RequestScoped
public class ShellBacking {

    @Inject
    ModuleRegistry registry;

    @Inject
    MemberScope memberContext;

    private final Map<Placement, List<MenuLink>> menus = new EnumMap<>(Placement.class);
    private final Map<Widget.Column, List<Widget>> widgets = new EnumMap<>(Widget.Column.class);
    private Set<String> roles;
    private String menuKey;

    /**
     * The toolbar's four sections (Contrat, Santé, Documents, Suivi), empty ones included, for members; none for
     * the mutual's people, whose consoles are in the header.
     */
    public List<ToolbarSection> getToolbar() {
        if (!isMember()) {
            return List.of();
        }
        return Placement.TOOLBAR.stream()
                .map(p -> new ToolbarSection(p.name(), CoreTexts.core("toolbar." + p.name()), menu(p)))
                .toList();
    }

    public List<MenuLink> menu(String placement) {
        return menu(Placement.valueOf(placement));
    }

    private List<MenuLink> menu(Placement placement) {
        return menus.computeIfAbsent(placement, p -> registry.menu(p, path -> AccessRules.allows(path, roles())));
    }

    /**
     * The page the landing's "Créer mon espace" button opens: the first registration entry of the enabled modules,
     * {@code null} when none offers one (the landing then offers signing in only).
     */
    public MenuLink getRegistration() {
        List<MenuLink> links = menu(Placement.REGISTRATION);
        return links.isEmpty() ? null : links.get(0);
    }

    /** The public pages' links the landing lists, less the registration page it offers as a button of its own. */
    public List<MenuLink> getLandingLinks() {
        MenuLink registration = getRegistration();
        return menu(Placement.PUBLIC).stream()
                .filter(link -> registration == null || !link.path().equals(registration.path()))
                .toList();
    }

    /** Widgets of a dashboard column ({@code LEFT}, {@code MAIN}, {@code RIGHT}). */
    public List<Widget> widgets(String column) {
        return widgets.computeIfAbsent(Widget.Column.valueOf(column), registry::widgets);
    }

    /**
     * What the menus depend on — the user's roles and the modules switched on — as the key of the markup
     * shared between users ({@code <portal:shared>}).
     */
    public String getMenuKey() {
        if (menuKey == null) {
            menuKey = String.join(",", new TreeSet<>(roles())) + "|"
                    + registry.enabled().stream().map(PortalModule::id).collect(Collectors.joining(","));
        }
        return menuKey;
    }

    public boolean isSignedIn() {
        return !roles().isEmpty();
    }

    public boolean isMember() {
        return roles().contains(Roles.MEMBER);
    }

    public boolean isStaff() {
        return roles().contains(Roles.STAFF);
    }

    public boolean isAdmin() {
        return roles().contains(Roles.ADMIN);
    }

    /** Where "home" is for this user: the dashboard for members, the consoles for the mutual's people. */
    public String getHomePath() {
        if (isMember()) {
            return "/home.xhtml";
        }
        if (isAdmin()) {
            return "/admin/index.xhtml";
        }
        if (isStaff()) {
            return "/staff/index.xhtml";
        }
        return "/index.xhtml";
    }

    public boolean isModuleEnabled(String id) {
        return registry.isEnabled(id);
    }

    private Set<String> roles() {
        if (roles == null) {
            roles = memberContext.user().map(SignedInUser::roles).orElse(Set.of());
        }
        return roles;
    }

    /** A toolbar section and its entries; a section without entries shows as "(à venir)". */
    public record ToolbarSection(String id, String label, List<MenuLink> links) {
        public boolean isEmpty() {
            return links.isEmpty();
        }
    }
}
