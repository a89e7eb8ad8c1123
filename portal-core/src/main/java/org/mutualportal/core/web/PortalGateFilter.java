package org.mutualportal.core.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.mutualportal.core.audit.AuditLog;
import org.mutualportal.core.member.CollectiveContractGuard;
import org.mutualportal.core.member.MemberContext;
import org.mutualportal.core.member.SignedInUser;
import org.mutualportal.core.registry.ModuleRegistry;
import org.mutualportal.core.security.AccessRules;
import org.mutualportal.core.security.AccessRules.Access;

/**
 * Every request passes here, after authentication and before any page:
 * <ol>
 * <li>a disabled module's pages, downloads and endpoints answer 404, as if the module were not there;</li>
 * <li>{@link AccessRules}: anonymous users go to the login page, users without the role get 403 (audited);</li>
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
    MemberContext memberContext;

    @Inject
    CollectiveContractGuard guard;

    @Inject
    AuditLog audit;

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
                response.sendRedirect(request.getContextPath() + "/login.xhtml");
                return;
            }
            if (!AccessRules.allows(path, roles)) {
                audit.recordAlone(memberContext.user().map(SignedInUser::callerName).orElse("anonymous"),
                        "ACCESS_DENIED", path, null, request.getRemoteAddr());
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            if (required == Access.MEMBER && registry.isCollectiveGuarded(path) && guard.isCollective()) {
                response.sendRedirect(request.getContextPath() + CollectiveContractGuard.EMPLOYER_PAGE);
                return;
            }
        } else if (memberContext.user().isPresent() && !isStaticResource(path)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    private static boolean isStaticResource(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")
                || path.startsWith("/webjars/");
    }
}
