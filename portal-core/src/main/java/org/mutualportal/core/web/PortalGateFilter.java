package org.mutualportal.core.web;

import org.mutualportal.core.audit.CoreAudit;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import java.util.Set;
import org.mutualportal.core.audit.AuditTrail;
import org.mutualportal.core.member.CollectiveContractCheck;
import org.mutualportal.core.member.MemberScope;
import org.mutualportal.core.member.SignedInUser;
import org.mutualportal.core.registry.ModuleRegistry;
import org.mutualportal.core.security.AccessRules;
import org.mutualportal.core.security.AccessRules.Access;

/**
 * Every request passes here, after authentication and before any page:
 * <ol>
 * <li>a disabled module's pages, downloads and endpoints answer 404, as if the module were not there;</li>
 * <li>{@link AccessRules}, deny by default: anonymous users go to the login page (and come back after it),
 * users without the role get 403 (audited);</li>
 * <li>members of a collective contract opening a page marked as changing the contract are sent to the
 * "ask your employer" page;</li>
 * <li>security headers on every answer, {@code Cache-Control: no-store} on every page of a signed-in user.</li>
 * </ol>
 */
public class PortalGateFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    ModuleRegistry registry;

    @Inject
    MemberScope memberContext;

    @Inject
    CollectiveContractCheck guard;

    @Inject
    AuditTrail audit;

    /** Extra paths open without sign-in ({@code portal.security.public-paths}: probes, test runners). */
    private List<String> extraPublicPaths = List.of();

    /**
     * Whether the gate is in place. A filter that fails to start leaves Payara serving the application
     * without it, so readiness reports DOWN until this is true (see {@code GateReadiness}).
     */
    private static volatile boolean started;

    @Override
    public void init() {
        // Read here rather than injected: Payara cannot inject parameterized types into a filter.
        extraPublicPaths = ConfigProvider.getConfig()
                .getOptionalValues("portal.security.public-paths", String.class).orElse(List.of());
        started = true;
    }

    @Override
    public void destroy() {
        started = false;
    }

    public static boolean isStarted() {
        return started;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        SecurityHeaders.apply(response);

        if (registry.owner(path).filter(module -> !registry.isEnabled(module.id())).isPresent()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }

        Access required = AccessRules.required(path);
        if (required != Access.PUBLIC) {
            response.setHeader("Cache-Control", "no-store");
            Set<String> roles = memberContext.user().map(SignedInUser::roles).orElse(Set.of());
            if (roles.isEmpty()) {
                if (extraPublicPaths.contains(path)) {
                    chain.doFilter(request, response);
                    return;
                }
                redirectToLogin(request, response, path);
                return;
            }
            if (!AccessRules.allows(path, roles)) {
                audit.recordAlone(CoreAudit.ACCESS_DENIED, path, null);
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            if (required == Access.MEMBER && registry.isCollectiveGuarded(path) && guard.isCollective()) {
                response.sendRedirect(request.getContextPath() + CollectiveContractCheck.EMPLOYER_PAGE);
                return;
            }
        } else if (memberContext.user().isPresent() && !isStaticResource(path)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    /** Anonymous visitors of a protected page sign in first, then come back to it. */
    private static void redirectToLogin(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        String next = path;
        if (request.getQueryString() != null && "GET".equals(request.getMethod())) {
            next += "?" + request.getQueryString();
        }
        String target = request.getContextPath() + "/login.xhtml?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // A Faces Ajax request cannot follow a 302 (an expired session, typically): answer a partial redirect.
            response.setContentType("text/xml;charset=UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
            return;
        }
        response.sendRedirect(target);
    }

    private static boolean isStaticResource(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")
                || path.startsWith("/webjars/");
    }
}
