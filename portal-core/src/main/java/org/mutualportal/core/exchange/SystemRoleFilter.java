package org.mutualportal.core.exchange;

import org.mutualportal.core.web.CoreTexts;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.mutualportal.api.security.Roles;

/**
 * Second lock of the API: every resource call needs the role SYSTEM. {@link ApiAuthentication} already
 * refuses anything else at the door; this filter keeps a resource safe should a request ever reach it
 * another way.
 */
@Provider
public class SystemRoleFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext context) {
        if (!context.getSecurityContext().isUserInRole(Roles.SYSTEM)) {
            context.abortWith(ApiError.response(Response.Status.FORBIDDEN, CoreTexts.core("api.error.forbidden")));
        }
    }
}
