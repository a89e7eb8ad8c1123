package org.mutualportal.core.security.oidc;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.util.stream.Collectors;
import org.mutualportal.api.security.ExternalIdentities;

/**
 * What a module's linking page does, driven over HTTP by the core's tests ({@code /public/…}: no sign-in):
 * {@code link} shows the pending identity, or links it to {@code ?account=} in a transaction and goes on to the
 * core's sign-in address; {@code links} and {@code unlink} call the rest of {@link ExternalIdentities}, {@code recent}
 * the provider sign-in of this session (epoch second) and the address to sign in again;
 * {@code nimbus} says which JARs the Nimbus classes come from.
 */
@WebServlet("/public/oidc-probe/*")
public class LinkingProbe extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ExternalIdentities identities;

    @Resource
    UserTransaction transaction;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        String account = request.getParameter("account");
        switch (String.valueOf(request.getPathInfo())) {
            case "/link" -> {
                if (account == null) {
                    response.getWriter().print(identities.pending().map(p -> "pending: " + p.firstGivenName() + "|"
                            + p.familyName() + "|" + p.birthDate() + "|" + p.provider() + "|" + p.providerLabel())
                            .orElse("none"));
                    return;
                }
                try {
                    transaction.begin();
                    identities.linkPending(Long.parseLong(account));
                    transaction.commit();
                } catch (IllegalStateException e) {
                    rollback();
                    response.setStatus(HttpServletResponse.SC_CONFLICT);
                    response.getWriter().print("refused: " + e.getMessage());
                    return;
                } catch (Exception e) {
                    rollback();
                    throw new IOException(e);
                }
                response.sendRedirect(request.getContextPath() + identities.signInAddress());
            }
            case "/links" -> response.getWriter().print(identities.linksOf(Long.parseLong(account)).stream()
                    .map(link -> link.id() + ":" + link.provider() + ":" + link.providerLabel() + ":" + (link.lastUsedAt() != null))
                    .collect(Collectors.joining(",")));
            case "/unlink" -> response.getWriter().print(identities.unlink(Long.parseLong(account),
                    Long.parseLong(request.getParameter("link"))));
            case "/recent" -> response.getWriter().print(identities.providerSignInAt().map(at -> Long.toString(at.getEpochSecond()))
                    .orElse("none") + " " + identities.signInAgainAddress("/home.xhtml").orElse("none"));
            case "/nimbus" -> response.getWriter().print(origin(com.nimbusds.jose.JWSAlgorithm.class) + "\n"
                    + origin(com.nimbusds.openid.connect.sdk.Nonce.class));
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static String origin(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation() + " " + type.getPackage().getImplementationVersion();
    }

    private void rollback() {
        try {
            transaction.rollback();
        } catch (Exception e) {
            // Nothing was written.
        }
    }
}
