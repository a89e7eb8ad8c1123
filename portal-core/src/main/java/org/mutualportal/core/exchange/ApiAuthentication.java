package org.mutualportal.core.exchange;

import org.mutualportal.core.web.CoreTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.mutualportal.api.security.Roles;

/**
 * Authentication of the data-exchange API, called by the portal's authentication mechanism for every request
 * under {@code /api/}: HTTP Basic with a system client's credentials ({@link ApiClients}), on each call, for
 * that call only. The caller is {@code system:<client>} with the group {@link Roles#SYSTEM}.
 *
 * <p>A member's or staff member's session never counts here, nor do their credentials: the API is the
 * management system's, and a browser that happens to be signed in must not reach it. No HTTP session is
 * created or read. Anything else than valid client credentials gets 401 with {@code WWW-Authenticate} and a
 * JSON body (not the HTML error page).
 */
@ApplicationScoped
public class ApiAuthentication {

    /** Context-relative prefix of the API. */
    public static final String PREFIX = "/api/";

    static final String CHALLENGE = "Basic realm=\"portal-api\", charset=\"UTF-8\"";

    @Inject
    ApiClients clients;

    /** Whether the request is one of the API's (and must be authenticated here, not from the session). */
    public static boolean isApiRequest(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(PREFIX) || path.equals("/api");
    }

    public AuthenticationStatus validate(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Optional<String> client = credentials(request).flatMap(c -> clients.authenticate(c[0], c[1]));
        if (client.isPresent()) {
            return context.notifyContainerAboutLogin("system:" + client.get(), Set.of(Roles.SYSTEM));
        }
        unauthorized(response);
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** {@code [name, secret]} from an {@code Authorization: Basic} header. */
    static Optional<String[]> credentials(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0 || colon == decoded.length() - 1 || decoded.length() > 512) {
            return Optional.empty();
        }
        return Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
    }

    /** Writes the 401 itself and commits it, so that the container's HTML error page cannot replace it. */
    private static void unauthorized(HttpServletResponse response) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", CHALLENGE);
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Json.createObjectBuilder()
                    .add("status", HttpServletResponse.SC_UNAUTHORIZED)
                    .add("message", CoreTexts.core("api.error.unauthorized"))
                    .build().toString());
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
