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
import org.mutualportal.core.security.source.ClientSource;
import org.mutualportal.core.security.source.CurrentSource;
import org.mutualportal.core.security.source.SourceAction;
import org.mutualportal.core.security.source.SourceDecision;
import org.mutualportal.core.security.source.SourceLimits;

/**
 * Authentication of the data-exchange API, called by the portal's authentication mechanism for every request
 * under {@code /api/}: HTTP Basic with a system client's credentials ({@link ApiClients}), on each call, for
 * that call only. The caller is {@code system:<client>} with the group {@link Roles#SYSTEM}.
 *
 * <p>A member's or staff member's session never counts here, nor do their credentials: the API is the
 * management system's, and a browser that happens to be signed in must not reach it. No HTTP session is
 * created or read. Anything else than valid client credentials gets 401 with {@code WWW-Authenticate} and a
 * JSON body (not the HTML error page). Wrong credentials count for the client source ({@link SourceLimits}); past
 * its limits the source gets 429 with {@code Retry-After}, and no secret of it is verified.
 */
@ApplicationScoped
public class ApiAuthentication {

    /** Context-relative prefix of the API. */
    public static final String PREFIX = "/api/";

    static final String CHALLENGE = "Basic realm=\"portal-api\", charset=\"UTF-8\"";

    /** HTTP 429, which the servlet API names no constant for. */
    static final int TOO_MANY_REQUESTS = 429;

    @Inject
    ApiClients clients;

    @Inject
    CurrentSource source;

    @Inject
    SourceLimits sourceLimits;

    /** Whether the request is one of the API's (and must be authenticated here, not from the session). */
    public static boolean isApiRequest(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(PREFIX) || path.equals("/api");
    }

    public AuthenticationStatus validate(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Optional<String[]> credentials = credentials(request);
        if (credentials.isEmpty()) {
            unauthorized(response);
            return AuthenticationStatus.SEND_FAILURE;
        }
        ClientSource client = source.get();
        SourceDecision decision = sourceLimits.check(client, SourceAction.API_AUTH);
        if (!decision.allowed()) {
            // Too many wrong secrets from this source: refused before any secret is verified.
            tooManyAttempts(response, decision);
            return AuthenticationStatus.SEND_FAILURE;
        }
        Optional<String> authenticated = clients.authenticate(credentials.get()[0], credentials.get()[1]);
        if (authenticated.isPresent()) {
            return context.notifyContainerAboutLogin("system:" + authenticated.get(), Set.of(Roles.SYSTEM));
        }
        sourceLimits.failed(client, SourceAction.API_AUTH);
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
        response.setHeader("WWW-Authenticate", CHALLENGE);
        error(response, HttpServletResponse.SC_UNAUTHORIZED, CoreTexts.core("api.error.unauthorized"));
    }

    /** 429 with {@code Retry-After} and the API's error body, committed like the 401. */
    private static void tooManyAttempts(HttpServletResponse response, SourceDecision decision) {
        response.setHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
        error(response, TOO_MANY_REQUESTS, CoreTexts.core("api.error.too-many-attempts", decision.retryAfterSeconds()));
    }

    private static void error(HttpServletResponse response, int status, String message) {
        try {
            response.setStatus(status);
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Json.createObjectBuilder()
                    .add("status", status)
                    .add("message", message)
                    .build().toString());
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
