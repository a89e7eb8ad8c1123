package org.mutualportal.core.security;

import java.util.Set;
import org.mutualportal.api.security.Roles;

/**
 * Who may open a path — the single rule the page filter enforces and the menus are filtered by, so that a
 * menu never shows a link its user cannot follow.
 *
 * <ul>
 * <li>public: the landing and login pages, {@code /public/…}, static resources, error pages, the API (which
 * authenticates on its own), the sign-in through an identity provider ({@code /oidc/…});</li>
 * <li>{@code /admin/…} and {@code /<module>/admin/…}: ADMIN;</li>
 * <li>{@code /staff/…} and {@code /<module>/staff/…}: STAFF;</li>
 * <li>every other page of a module ({@code /<module>/…}) and the dashboard: MEMBER;</li>
 * <li>anything else: any signed-in user (deny anonymous by default).</li>
 * </ul>
 */
public final class AccessRules {

    /** What a path requires. */
    public enum Access {
        PUBLIC, SIGNED_IN, MEMBER, STAFF, ADMIN
    }

    private static final Set<String> PUBLIC_PAGES = Set.of("", "/", "/index.xhtml", "/login.xhtml", "/login-code.xhtml",
            "/favicon.ico", "/robots.txt", "/health", "/metrics", "/openapi");

    private static final String[] PUBLIC_PREFIXES = {"/public/", "/jakarta.faces.resource/", "/resources/",
        "/error/", "/api/", "/webjars/", "/health/", "/metrics/", "/openapi/", "/oidc/"};

    private static final Set<String> MEMBER_PAGES = Set.of("/home.xhtml", "/employer-managed.xhtml");

    private AccessRules() {
    }

    public static Access required(String path) {
        if (PUBLIC_PAGES.contains(path)) {
            return Access.PUBLIC;
        }
        for (String prefix : PUBLIC_PREFIXES) {
            if (path.startsWith(prefix)) {
                return Access.PUBLIC;
            }
        }
        if (path.startsWith("/admin/")) {
            return Access.ADMIN;
        }
        if (path.startsWith("/staff/")) {
            return Access.STAFF;
        }
        if (MEMBER_PAGES.contains(path)) {
            return Access.MEMBER;
        }
        int second = path.indexOf('/', 1);
        if (second > 0) {
            String rest = path.substring(second);
            if (rest.startsWith("/admin/")) {
                return Access.ADMIN;
            }
            if (rest.startsWith("/staff/")) {
                return Access.STAFF;
            }
            return Access.MEMBER;
        }
        return Access.SIGNED_IN;
    }

    /** Whether a user with these roles (none when anonymous) may open the path. */
    public static boolean allows(String path, Set<String> roles) {
        return switch (required(stripQuery(path))) {
            case PUBLIC -> true;
            case SIGNED_IN -> !roles.isEmpty();
            case MEMBER -> roles.contains(Roles.MEMBER);
            case STAFF -> roles.contains(Roles.STAFF);
            case ADMIN -> roles.contains(Roles.ADMIN);
        };
    }

    private static String stripQuery(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }
}
