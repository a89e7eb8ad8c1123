package org.mutualportal.core.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.mutualportal.spi.MenuEntry;
import org.mutualportal.spi.PortalModule;
import org.mutualportal.spi.RequestType;

/**
 * The validated, ordered set of modules found at start-up.
 *
 * <p>Validation happens once, when the deployment is checked (see {@link ModuleDiscoveryExtension}), so a
 * broken set of modules never starts: duplicate ids, malformed ids, request-type codes claimed by two
 * modules and menu entries pointing outside their module's pages all stop the start with a message naming
 * the classes involved.
 */
public final class ModuleCatalog {

    /** Ids double as URL segments, configuration keys and table-name suffixes. */
    static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    /** A version segment of the API ({@code /api/v1/…}); no module may take such an id. */
    static final Pattern API_VERSION = Pattern.compile("v[0-9]{1,3}");

    /** First path segments the core owns; a module id may not take one. */
    static final List<String> RESERVED = List.of("public", "api", "admin", "staff", "error", "resources",
            "jakarta.faces.resource", "WEB-INF", "META-INF", "core", "health", "metrics", "openapi");

    private final List<PortalModule> modules;
    private final Map<String, PortalModule> byId;
    private final Map<String, OwnedRequestType> requestTypes;

    private ModuleCatalog(List<PortalModule> modules) {
        this.modules = List.copyOf(modules);
        Map<String, PortalModule> ids = new LinkedHashMap<>();
        Map<String, OwnedRequestType> types = new HashMap<>();
        for (PortalModule module : this.modules) {
            ids.put(module.id(), module);
            for (RequestType type : module.requestTypes()) {
                types.put(type.code(), new OwnedRequestType(module, type));
            }
        }
        this.byId = Map.copyOf(ids);
        this.requestTypes = Map.copyOf(types);
    }

    /**
     * Checks and orders the modules.
     *
     * @throws ModuleConfigurationException listing every problem found
     */
    public static ModuleCatalog of(List<? extends PortalModule> discovered) {
        List<String> problems = new ArrayList<>();
        Map<String, PortalModule> ids = new HashMap<>();
        Map<String, PortalModule> codes = new HashMap<>();
        for (PortalModule module : discovered) {
            String id = module.id();
            String type = className(module);
            if (id == null || !ID.matcher(id).matches()) {
                problems.add("Module " + type + " has the id '" + id
                        + "': ids are 2 to 40 lower-case letters, digits or dashes, starting with a letter.");
                continue;
            }
            if (RESERVED.contains(id) || API_VERSION.matcher(id).matches()) {
                problems.add("Module " + type + " has the id '" + id + "', which the core reserves for its own pages.");
            }
            PortalModule other = ids.putIfAbsent(id, module);
            if (other != null) {
                problems.add("Two modules have the id '" + id + "': " + className(other) + " and " + type
                        + ". Remove one of the two JARs from the WAR or give one another id.");
            }
            if (module.bundle() == null || module.bundle().isBlank()) {
                problems.add("Module '" + id + "' (" + type + ") names no resource bundle.");
            }
            for (MenuEntry entry : module.menuEntries()) {
                if (!ownsPath(id, entry.path())) {
                    problems.add("Module '" + id + "' has a menu entry to " + entry.path()
                            + ", outside its pages (/" + id + "/… or /public/" + id + "/…).");
                }
            }
            for (RequestType requestType : module.requestTypes()) {
                PortalModule owner = codes.putIfAbsent(requestType.code(), module);
                if (owner != null && owner != module) {
                    problems.add("The request type '" + requestType.code() + "' is declared by both '"
                            + owner.id() + "' and '" + id + "'.");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ModuleConfigurationException(problems);
        }
        List<PortalModule> sorted = new ArrayList<>(discovered);
        sorted.sort(Comparator.comparingInt(PortalModule::order).thenComparing(PortalModule::id));
        return new ModuleCatalog(sorted);
    }

    static boolean ownsPath(String id, String path) {
        return path.startsWith("/" + id + "/") || path.startsWith("/public/" + id + "/");
    }

    private static String className(PortalModule module) {
        // CDI proxies carry generated names; the declaring class is what a developer recognises.
        Class<?> type = module.getClass();
        while (type.isSynthetic() || type.getName().contains("$Proxy$")) {
            type = type.getSuperclass();
        }
        return type.getName();
    }

    /** Modules ordered by {@link PortalModule#order()}, then id. */
    public List<PortalModule> modules() {
        return modules;
    }

    public Optional<PortalModule> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<OwnedRequestType> requestType(String code) {
        return Optional.ofNullable(requestTypes.get(code));
    }

    public List<OwnedRequestType> requestTypes() {
        List<OwnedRequestType> all = new ArrayList<>(requestTypes.values());
        all.sort(Comparator.comparing((OwnedRequestType t) -> t.module().order())
                .thenComparing(t -> t.type().code()));
        return all;
    }

    /**
     * The module whose pages a context-relative path belongs to, if any: {@code /<id>/…},
     * {@code /public/<id>/…}, {@code /api/<id>/…} and {@code /api/v<n>/<id>/…} (the versioned data-exchange API).
     */
    public Optional<PortalModule> owner(String path) {
        if (path == null || path.length() < 2) {
            return Optional.empty();
        }
        String[] segments = path.substring(1).split("/", 4);
        String first = segments[0];
        if ("api".equals(first) && segments.length > 2 && API_VERSION.matcher(segments[1]).matches()) {
            return find(segments[2]);
        }
        if (("public".equals(first) || "api".equals(first)) && segments.length > 1) {
            return find(segments[1]);
        }
        return find(first);
    }

    /** A request type with the module that declares it. */
    public record OwnedRequestType(PortalModule module, RequestType type) {
    }
}
