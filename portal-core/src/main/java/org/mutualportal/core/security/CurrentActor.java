package org.mutualportal.core.security;

import org.mutualportal.core.security.source.CurrentSource.TrustedProxies;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.Set;
import org.mutualportal.api.security.Actor;
import org.mutualportal.api.security.Roles;
import org.mutualportal.core.member.SignedInUser;
import org.mutualportal.core.registry.ModuleRegistry;
import org.mutualportal.core.web.ErrorReference;

/**
 * The core's {@link Actor}: worked out once per request from the signed-in session (members, staff,
 * administrators) or the data-exchange API's credentials (system clients); {@link Actor.Kind#SYSTEM} where no
 * HTTP request is under way. Services and the audit trail ask here instead of taking a user and an address as
 * parameters.
 */
@RequestScoped
@Named("actor")
public class CurrentActor implements Actor {

    @Inject
    HttpServletRequest request;

    @Inject
    ModuleRegistry registry;

    @Inject
    TrustedProxies proxies;

    private boolean resolved;
    private Kind kind;
    private String name;
    private SignedInUser user;
    private Set<String> roles;
    private HttpServletRequest http;
    private String systemRequestId;

    private void resolve() {
        if (resolved) {
            return;
        }
        resolved = true;
        http = currentHttpRequest();
        if (http == null) {
            kind = Kind.SYSTEM;
            name = "system";
            roles = Set.of();
            return;
        }
        HttpSession session = http.getSession(false);
        user = session == null ? null : (SignedInUser) session.getAttribute(SignedInUser.SESSION_KEY);
        if (user != null) {
            roles = user.roles();
            name = user.callerName();
            kind = roles.contains(Roles.ADMIN) ? Kind.ADMINISTRATOR
                    : roles.contains(Roles.STAFF) ? Kind.STAFF
                    : user.memberId() != null ? Kind.MEMBER : Kind.ANONYMOUS;
            return;
        }
        Principal principal = http.getUserPrincipal();
        if (principal != null && http.isUserInRole(Roles.SYSTEM)) {
            kind = Kind.SYSTEM_CLIENT;
            name = principal.getName();
            roles = Set.of(Roles.SYSTEM);
            return;
        }
        kind = Kind.ANONYMOUS;
        name = "anonymous";
        roles = Set.of();
    }

    /** The injected request proxy answers only while a request is under way (not in timers or start-up). */
    private HttpServletRequest currentHttpRequest() {
        try {
            request.getRequestURI();
            return request;
        } catch (RuntimeException noRequest) {
            return null;
        }
    }

    @Override
    public Kind kind() {
        resolve();
        return kind;
    }

    @Override
    public String name() {
        resolve();
        return name;
    }

    @Override
    public Long accountId() {
        resolve();
        return user == null ? null : user.accountId();
    }

    @Override
    public Long memberId() {
        resolve();
        return user == null ? null : user.memberId();
    }

    @Override
    public Set<String> roles() {
        resolve();
        return roles;
    }

    @Override
    public boolean mayOpen(String path) {
        resolve();
        if (registry.owner(path).filter(module -> !registry.isEnabled(module.id())).isPresent()) {
            return false;
        }
        return AccessRules.required(path) == AccessRules.Access.PUBLIC || AccessRules.allows(path, roles);
    }

    @Override
    public String remoteAddress() {
        resolve();
        return http == null ? null : proxies.sourceOf(http).address();
    }

    @Override
    public String requestId() {
        resolve();
        if (http != null) {
            return ErrorReference.of(http);
        }
        if (systemRequestId == null) {
            systemRequestId = ErrorReference.newReference();
        }
        return systemRequestId;
    }
}
