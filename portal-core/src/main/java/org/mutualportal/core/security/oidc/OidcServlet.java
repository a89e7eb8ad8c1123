package org.mutualportal.core.security.oidc;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.security.SecureRandom;
import java.text.ParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import com.nimbusds.jwt.JWTClaimsSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.mutualportal.api.security.IdentityLinking;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.core.audit.AuditTrail;
import org.mutualportal.core.audit.CoreAudit;
import org.mutualportal.core.member.SignedInUser;
import org.mutualportal.core.security.SignInLanding;

/**
 * The sign-in through a provider, public by its path ({@code AccessRules}):
 * <ul>
 * <li>{@code GET /oidc/<key>/start[?next=…]}: a new attempt (state, nonce, PKCE verifier) in the session, then to
 * the provider;</li>
 * <li>{@code GET <redirect-path>} ({@code /oidc/<key>/callback}): the provider's answer, taken once by its state,
 * checked ({@link OidcProtocol}), then a member's linked account signed in, or the identity kept for linking
 * ({@link IdentityLinking}); staff go to {@link StaffSignIn};</li>
 * <li>{@code GET /oidc/continue}: the sign-in of a pending identity a module has just linked;</li>
 * <li>{@code GET /oidc/<key>/logged-out}: where the provider sends the browser back after its logout.</li>
 * </ul>
 * Every refusal is a French page ({@link OidcRefusal}), an audit line and a count in
 * {@code portal_oidc_sign_ins_total{provider,outcome}}.
 */
@WebServlet("/oidc/*")
public class OidcServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(OidcServlet.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    OidcProviders providers;

    @Inject
    OidcProtocol protocol;

    @Inject
    PortalExternalIdentities identities;

    @Inject
    OidcSignInCompletion completion;

    @Inject
    StaffSignIn staff;

    @Inject
    Instance<IdentityLinking> linking;

    @Inject
    AuditTrail audit;

    @Inject
    MetricRegistry metrics;

    @Inject
    PortalClock clock;

    @Inject
    @ConfigProperty(name = "portal.oidc.base-url")
    Optional<String> baseUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if ("/continue".equals(path)) {
            continueLinked(request, response);
            return;
        }
        String[] parts = path.split("/");
        Optional<OidcSettings> provider = parts.length == 3 ? providers.byKey(parts[1]) : Optional.empty();
        if (provider.isPresent() && "start".equals(parts[2])) {
            start(provider.get(), request, response);
            return;
        }
        if (provider.isPresent() && "logged-out".equals(parts[2])) {
            OidcRefusal.page(request, response, HttpServletResponse.SC_OK, "oidc.logged-out", provider.get().label());
            return;
        }
        Optional<OidcSettings> answering = providers.all().stream()
                .filter(p -> ("/oidc" + path).equals(p.redirectPath())).findFirst();
        if (answering.isPresent()) {
            callback(answering.get(), request, response);
            return;
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    private void start(OidcSettings provider, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = request.getParameter("next");
        OidcAttempt attempt;
        URI authorization;
        try {
            attempt = new OidcAttempt(random(32), random(32), protocol.usesPkce(provider) ? random(32) : null,
                    provider.key(), next == null || next.length() > 500 ? null : next, clock.instant().getEpochSecond(),
                    "1".equals(request.getParameter("reauth")));
            authorization = protocol.authorization(provider, attempt, redirectUri(provider, request));
        } catch (OidcProviders.ProviderUnavailable e) {
            refuse(provider, OidcRefusal.UNAVAILABLE, e.getMessage(), request, response);
            return;
        }
        OidcAttempts.keep(request, attempt, clock.instant());
        response.sendRedirect(authorization.toString());
    }

    private void callback(OidcSettings provider, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<OidcAttempt> attempt = OidcAttempts.take(request, request.getParameter("state"), clock.instant());
        if (attempt.isEmpty() || !attempt.get().provider().equals(provider.key())) {
            refuse(provider, OidcRefusal.EXPIRED, "state unknown, used or expired", request, response);
            return;
        }
        String error = request.getParameter("error");
        if (error != null) {
            String printable = error.replaceAll("[^A-Za-z0-9_.-]", "");
            refuse(provider, OidcRefusal.CANCELLED, "provider error=" + printable.substring(0, Math.min(40, printable.length())),
                    request, response);
            return;
        }
        String code = request.getParameter("code");
        if (code == null || code.isBlank()) {
            refuse(provider, OidcRefusal.INVALID, "no code", request, response);
            return;
        }
        VerifiedSignIn signIn;
        try {
            signIn = protocol.complete(provider, attempt.get(), code, redirectUri(provider, request));
        } catch (OidcProtocol.Refused e) {
            LOG.log(Level.FINE, "OpenID Connect sign-in refused", e);
            refuse(provider, e.reason(), e.getMessage(), request, response);
            return;
        } catch (OidcProviders.ProviderUnavailable e) {
            refuse(provider, OidcRefusal.UNAVAILABLE, e.getMessage(), request, response);
            return;
        } catch (RuntimeException e) {
            // An answer the library could not make sense of: the person gets the refusal page, the log the cause.
            LOG.log(Level.WARNING, "OpenID Connect answer of " + provider.key() + " not understood", e);
            refuse(provider, OidcRefusal.INVALID, "answer not understood: " + e.getClass().getSimpleName(), request, response);
            return;
        }
        if (provider.audience() == OidcSettings.Audience.STAFF) {
            staff.complete(signIn, request, response);
            return;
        }
        completeMember(signIn, attempt.get().next(), request, response);
    }

    private void completeMember(VerifiedSignIn signIn, String next, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        OidcSettings provider = signIn.provider();
        Optional<Long> account = identities.accountLinkedTo(provider.key(), signIn.subject());
        if (account.isPresent()) {
            signInTo(account.get(), signIn, next, request, response);
            return;
        }
        if (!provider.verifiedIdentity()) {
            // The linking page matches names and birth date against a member card: only a provider that vouches
            // for them (FranceConnect) may be linked that way.
            refuse(provider, OidcRefusal.NOT_LINKABLE, "identity linked to no account, provider's identity not verified",
                    request, response);
            return;
        }
        Optional<String> page = linkingPage();
        if (page.isEmpty()) {
            refuse(provider, OidcRefusal.UNLINKED, "identity linked to no account, no linking page", request, response);
            return;
        }
        identities.keepPending(request, signIn);
        audit.recordAloneAs("anonymous", CoreAudit.OIDC_IDENTITY_PENDING, "provider:" + provider.key(), null);
        count(provider, "pending");
        response.sendRedirect(request.getContextPath() + page.get());
    }

    /** After a module linked the pending identity: the browser signs in to the linked account. */
    private void continueLinked(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<PendingIdentity> pending = identities.pendingIn(request);
        Optional<OidcSettings> provider = pending.flatMap(p -> providers.byKey(p.identity().provider()));
        if (pending.isEmpty() || provider.isEmpty()) {
            OidcRefusal.EXPIRED.answer(request, response, null);
            return;
        }
        Optional<Long> account = identities.accountLinkedTo(provider.get().key(), pending.get().identity().subject());
        if (account.isEmpty()) {
            Optional<String> page = linkingPage();
            if (page.isPresent()) {
                response.sendRedirect(request.getContextPath() + page.get());
            } else {
                refuse(provider.get(), OidcRefusal.UNLINKED, "identity linked to no account", request, response);
            }
            return;
        }
        JWTClaimsSet claims;
        try {
            claims = JWTClaimsSet.parse(pending.get().claims());
        } catch (ParseException e) {
            refuse(provider.get(), OidcRefusal.EXPIRED, "pending claims unreadable", request, response);
            return;
        }
        PortalExternalIdentities.forgetPending(request);
        signInTo(account.get(), new VerifiedSignIn(provider.get(), pending.get().identity().subject(), claims,
                pending.get().idToken()), null, request, response);
    }

    private void signInTo(long accountId, VerifiedSignIn signIn, String next, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        if (completion.signIn(request, response, accountId, signIn) != AuthenticationStatus.SUCCESS) {
            count(signIn.provider(), OidcRefusal.ACCOUNT.outcome());
            OidcRefusal.ACCOUNT.answer(request, response, signIn.provider().label());
            return;
        }
        count(signIn.provider(), "succeeded");
        HttpSession session = request.getSession(false);
        SignedInUser user = session == null ? null : (SignedInUser) session.getAttribute(SignedInUser.SESSION_KEY);
        response.sendRedirect(request.getContextPath() + (user == null ? "/home.xhtml" : SignInLanding.pageFor(user, next)));
    }

    private void refuse(OidcSettings provider, OidcRefusal reason, String detail, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        audit.recordAloneAs("anonymous", CoreAudit.OIDC_REFUSED, "provider:" + provider.key(),
                "reason=" + reason.outcome() + " " + (detail.length() > 300 ? detail.substring(0, 300) : detail));
        count(provider, reason.outcome());
        reason.answer(request, response, provider.label());
    }

    /** The page of the first module that links identities to members ({@link IdentityLinking}), if any. */
    private Optional<String> linkingPage() {
        return linking.stream().findFirst().map(IdentityLinking::page);
    }

    private void count(OidcSettings provider, String outcome) {
        metrics.counter("portal.oidc.sign_ins", new Tag("provider", provider.key()), new Tag("outcome", outcome)).inc();
    }

    /** The callback's address: {@code portal.oidc.base-url} (behind a proxy) or this request's server and context. */
    private URI redirectUri(OidcSettings provider, HttpServletRequest request) {
        return URI.create(base(request, baseUrl) + provider.redirectPath());
    }

    static String base(HttpServletRequest request, Optional<String> configured) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            String base = configured.get().strip();
            return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        }
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
