package org.mutualportal.core.security.oidc;

import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.text.ParseException;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mutualportal.core.web.CoreTexts;
import org.mutualportal.core.web.ErrorPageServlet;

/**
 * The logout at the provider a session was opened through (OpenID Connect RP-Initiated Logout): its
 * {@code end_session_endpoint} with the ID token as hint and {@code /oidc/<key>/logged-out} to come back to (an
 * address to register at the provider), so that the member is not left signed in at FranceConnect. Without that
 * endpoint, or when the provider does not answer, the portal's own sign-out is all there is.
 *
 * <p>The browser goes there from a page rather than by a redirect: "Déconnexion" is a form, and the portal's
 * {@code form-action 'self'} blocks a form's redirect to another site.
 */
@ApplicationScoped
public class OidcLogout {

    private static final Logger LOG = Logger.getLogger(OidcLogout.class.getName());

    @Inject
    OidcProviders providers;

    @Inject
    @ConfigProperty(name = "portal.oidc.base-url")
    Optional<String> baseUrl;

    /**
     * The logout to go on to at a provider.
     *
     * @param label the provider's name
     * @param address its logout address, with the hint, the way back and a state
     */
    public record Leaving(String label, URI address) {
    }

    /** The provider's logout for this session, if it was opened through one that has it; read it before ending the session. */
    public Optional<Leaving> leaving(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ProviderSession.SESSION_KEY) instanceof ProviderSession signedIn)) {
            return Optional.empty();
        }
        Optional<OidcSettings> provider = providers.byKey(signedIn.provider());
        if (provider.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI endSession = providers.metadata(provider.get()).getEndSessionEndpointURI();
            if (endSession == null) {
                return Optional.empty();
            }
            URI back = URI.create(OidcServlet.base(request, baseUrl) + "/oidc/" + provider.get().key() + "/logged-out");
            return Optional.of(new Leaving(provider.get().label(),
                    new LogoutRequest(endSession, JWTParser.parse(signedIn.idToken()), back, new State()).toURI()));
        } catch (OidcProviders.ProviderUnavailable | ParseException e) {
            LOG.warning(() -> "Logout at " + signedIn.provider() + " skipped: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Answers the sign-out with a French page that goes on at once to the provider (a meta refresh, and a link). */
    public void leave(HttpServletRequest request, HttpServletResponse response, Leaving leaving) throws IOException {
        ErrorPageServlet.messagePage(request, response, HttpServletResponse.SC_OK,
                CoreTexts.core("oidc.leaving.title", leaving.label()), CoreTexts.core("oidc.leaving.text", leaving.label()),
                null, leaving.address().toString(), CoreTexts.core("oidc.leaving.go", leaving.label()), true);
    }
}
