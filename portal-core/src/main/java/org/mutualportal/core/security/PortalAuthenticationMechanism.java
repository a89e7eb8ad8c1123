package org.mutualportal.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.mutualportal.core.member.SignedInUser;

/**
 * Form sign-in for members, staff and administrators, with the identity kept in the HTTP session.
 *
 * <p>The login page calls {@code SecurityContext.authenticate} with the typed credentials; on success this
 * mechanism gives the session a new id (session fixation: Payara does not promise it on this path) and
 * stores a {@link SignedInUser} — ids and roles — in it. Later requests are authenticated from that
 * attribute alone. Keeping the roles in the (replicated) session rather than in server memory is what lets a
 * member stay signed in, with their roles, when a cluster instance dies (Payara issue 6342).
 *
 * <p>An anonymous request for a protected page is sent to the login page with the page to come back to.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SessionPolicy sessionPolicy;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, context, credential);
        }
        SignedInUser user = sessionPolicy.currentUser(request);
        if (user != null) {
            return context.notifyContainerAboutLogin(user.callerName(), user.roles());
        }
        if (context.isProtected()) {
            return redirectToLogin(request, response, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return context.responseUnauthorized();
        }
        AccountPrincipal principal = (AccountPrincipal) result.getCallerPrincipal();
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            request.changeSessionId();
        }
        SignedInUser user = sessionPolicy.start(request, principal.accountId(), principal.memberId(),
                result.getCallerGroups());
        return context.notifyContainerAboutLogin(user.callerName(), user.roles());
    }

    private AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String next = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null && "GET".equals(request.getMethod())) {
            next += "?" + request.getQueryString();
        }
        String target = request.getContextPath() + LOGIN_PAGE + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // A Faces Ajax request cannot follow a 302: answer with a partial-response redirect.
            try {
                response.setContentType("text/xml;charset=UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + target.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
                return AuthenticationStatus.SEND_CONTINUE;
            } catch (IOException e) {
                return context.responseUnauthorized();
            }
        }
        return context.redirect(target);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        sessionPolicy.end(request);
    }
}
