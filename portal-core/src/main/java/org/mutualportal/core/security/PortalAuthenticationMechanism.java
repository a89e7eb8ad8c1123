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
import java.time.OffsetDateTime;
import org.mutualportal.core.exchange.ApiAuthentication;
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
 * <p>Which paths need a sign-in is not decided here but by {@code PortalGateFilter}. The data-exchange API
 * ({@code /api/…}) is the exception: it never uses the session and authenticates each call on its own
 * ({@link ApiAuthentication}).
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";

    /**
     * Session attribute of the provider a sign-in went through (its ID token for the logout there, when): any new
     * sign-in drops it, and the one through a provider sets it again after, so that it never outlives its account.
     */
    public static final String PROVIDER_SIGN_IN = "portal.oidc.signedInWith";

    /** Request attribute set when the password was right but an e-mailed code must follow. */
    public static final String CODE_REQUIRED = "portal.signIn.codeRequired";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SessionPolicy sessionPolicy;

    @Inject
    SecondFactor secondFactor;

    @Inject
    SignInAttempts signIns;

    @Inject
    ApiAuthentication api;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (ApiAuthentication.isApiRequest(request)) {
            return api.validate(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof OneTimeCode code) {
            return secondFactor.verify(request, code.code())
                    .map(pending -> complete(request, response, context, pending.accountId(), pending.memberId(),
                            pending.roles(), NewBrowser.WITH_CODE))
                    .orElse(AuthenticationStatus.SEND_FAILURE);
        }
        if (credential instanceof ProviderVerifiedCredential verified) {
            // The provider authenticated the person: no code by e-mail, but a browser new to the account is
            // remembered and its owner told, as after a password.
            SecondFactor.BrowserCheck browser = secondFactor.check(verified.accountId(), verified.roles(), request);
            return complete(request, response, context, verified.accountId(), verified.memberId(), verified.roles(),
                    browser == SecondFactor.BrowserCheck.KNOWN ? null : NewBrowser.WITHOUT_CODE);
        }
        if (credential != null) {
            return signIn(request, response, context, credential);
        }
        SignedInUser user = sessionPolicy.currentUser(request);
        if (user != null) {
            return context.notifyContainerAboutLogin(user.callerName(), user.roles());
        }
        // Anonymous requests go on: PortalGateFilter decides whether the path needs a sign-in.
        return context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // No 401 page: the login form shows its own message.
            return AuthenticationStatus.SEND_FAILURE;
        }
        AccountPrincipal principal = (AccountPrincipal) result.getCallerPrincipal();
        SecondFactor.BrowserCheck browser = secondFactor.check(principal.accountId(), result.getCallerGroups(), request);
        if (browser == SecondFactor.BrowserCheck.CODE_REQUIRED) {
            secondFactor.challenge(request, principal.accountId(), principal.memberId(), result.getCallerGroups());
            request.setAttribute(CODE_REQUIRED, Boolean.TRUE);
            return AuthenticationStatus.SEND_FAILURE;
        }
        return complete(request, response, context, principal.accountId(), principal.memberId(),
                result.getCallerGroups(), browser == SecondFactor.BrowserCheck.NEW ? NewBrowser.WITHOUT_CODE : null);
    }

    private AuthenticationStatus complete(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, long accountId, Long memberId, java.util.Set<String> roles, NewBrowser newBrowser) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
            request.getSession().removeAttribute(PROVIDER_SIGN_IN);
        }
        // Before signedIn(): the notice looks at the account's previous sign-in to skip its very first one.
        if (newBrowser != null) {
            secondFactor.rememberDevice(accountId, newBrowser == NewBrowser.WITH_CODE, request, response);
        }
        OffsetDateTime previousSignIn = signIns.signedIn(accountId);
        SignedInUser user = sessionPolicy.start(request, accountId, memberId, roles, previousSignIn);
        return context.notifyContainerAboutLogin(user.callerName(), user.roles());
    }

    /** How a browser new to the account came in ({@code null} for a known one). */
    private enum NewBrowser {
        WITH_CODE, WITHOUT_CODE
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        sessionPolicy.end(request);
    }
}
