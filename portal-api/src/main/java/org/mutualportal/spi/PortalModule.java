package org.mutualportal.spi;

import java.util.List;

/**
 * A feature module of the member portal: the one type a module implements to plug into the shell.
 *
 * <p>The core never names a module. It finds every {@code PortalModule} CDI bean at start-up
 * ({@code @Inject @Any Instance<PortalModule>}), so adding a module is adding its JAR to the WAR and
 * disabling it is configuration ({@code portal.modules.<id>.enabled=false}, or the admin page).
 *
 * <h2>Conventions that follow from the id</h2>
 * <ul>
 * <li>Pages and downloads live under {@code /<id>/} (members), {@code /<id>/staff/} (role STAFF),
 * {@code /<id>/admin/} (role ADMIN) and {@code /public/<id>/} (no login). The core answers 404 for all of
 * them while the module is disabled, and enforces those roles, which are also the roles the menu shows
 * entries to — so the menu and the pages cannot disagree.</li>
 * <li>Facelets fragments that must not be requested directly (widgets, includes) live under
 * {@code META-INF/resources/WEB-INF/<id>/} in the module JAR.</li>
 * <li>Database migrations live under {@code classpath:db/migration/<id>} and are recorded in the table
 * {@code flyway_history_<id>}; the module's entities belong to its own persistence unit named
 * {@code <id>}, on the datasource {@code java:app/jdbc/portal}.</li>
 * <li>Labels come from the module's resource bundle ({@link #bundle()}), never from Java literals.</li>
 * </ul>
 *
 * <p>The descriptor is an application-scoped CDI bean; its methods are called at start and whenever the shell
 * builds a menu, so they return constant values quickly and touch no database. Its contributions are values
 * ({@link MenuEntry}, {@link Widget}, {@link RequestType}); the other extension points are CDI beans of their own
 * ({@link DemoData}, {@link PersonalData}, {@link RecordImport}) and the events a module observes
 * ({@link RequestStatusChanged}).
 *
 * <h2>Usage</h2>
 * <pre>
 * &#64;ApplicationScoped
 * public class ReimbursementsModule implements PortalModule {
 *     public String id() { return "reimbursements"; }
 *     public String bundle() { return "org.mutualportal.reimbursements.i18n.messages"; }
 *     public List&lt;MenuEntry&gt; menuEntries() {
 *         return List.of(MenuEntry.of(Placement.HEALTH, "menu.search", "/reimbursements/search.xhtml"));
 *     }
 * }
 * </pre>
 *
 * Two modules with the same id stop the deployment with a message naming both classes.
 *
 * @since 1.0
 */
public interface PortalModule {

    /**
     * The module's stable identifier: lower-case letters, digits and dashes, starting with a letter. It is
     * the URL prefix of the module's pages, the key of its configuration and the suffix of its migration
     * history table; changing it is a migration, not a rename.
     *
     * @return the id, e.g. {@code reimbursements}
     */
    String id();

    /**
     * Base name of the module's resource bundle (labels of the name, menu entries and request types).
     *
     * @return e.g. {@code org.mutualportal.reimbursements.i18n.messages}
     */
    String bundle();

    /**
     * Key of the module's display name in {@link #bundle()}.
     *
     * @return {@code module.name} by default
     */
    default String nameKey() {
        return "module.name";
    }

    /**
     * Position among modules: menu entries and widgets of a lower order come first when their own orders
     * are equal; migrations of a lower order run first. The core's own order is 0.
     *
     * @return 100 by default
     */
    default int order() {
        return 100;
    }

    /**
     * Entries this module adds to the toolbar sections, "Mon compte", "Ma situation change", staff and admin menus.
     *
     * @return none by default
     */
    default List<MenuEntry> menuEntries() {
        return List.of();
    }

    /**
     * Fragments this module adds to the dashboard.
     *
     * @return none by default
     */
    default List<Widget> widgets() {
        return List.of();
    }

    /**
     * Kinds of member requests (Suivi entries) this module creates. Codes are unique across modules.
     *
     * @return none by default
     */
    default List<RequestType> requestTypes() {
        return List.of();
    }

    /**
     * Version shown to administrators.
     *
     * @return by default the module JAR's {@code Implementation-Version}, or {@code dev}
     */
    default String version() {
        Class<?> type = getClass();
        while (type.isSynthetic() || type.getName().contains("$Proxy$")) {
            type = type.getSuperclass(); // CDI client proxy: the manifest is the module JAR's
        }
        String version = type.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
