package org.mutualportal.core.security.oidc;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.mutualportal.core.web.CoreTexts;
import org.mutualportal.core.web.ErrorPageServlet;

/**
 * Why a sign-in through a provider did not open a session, and the French page that says so (keys
 * {@code oidc.<reason>.title} and {@code .text} of the core bundle, with the provider's label as {@code {0}}). No
 * page says more than the person can act on: which check of the token failed goes to the audit trail only.
 */
public enum OidcRefusal {
    /** The provider did not answer, or answered nonsense: try again later. */
    UNAVAILABLE(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "unavailable"),
    /** The person cancelled at the provider, or the provider refused them. */
    CANCELLED(HttpServletResponse.SC_UNAUTHORIZED, "cancelled"),
    /** An answer for no attempt of this browser: unknown, taken already, expired, or tampered {@code state}. */
    EXPIRED(HttpServletResponse.SC_BAD_REQUEST, "expired"),
    /** A token or user information that failed a check (signature, issuer, audience, expiry, nonce, subject). */
    INVALID(HttpServletResponse.SC_UNAUTHORIZED, "invalid"),
    /** A verified identity that no account is linked to, and no module to link it. */
    UNLINKED(HttpServletResponse.SC_FORBIDDEN, "unlinked"),
    /**
     * A verified identity that no account is linked to, from a provider that does not vouch for civil identities
     * ({@link OidcSettings#verifiedIdentity()}): it cannot be linked by the card check.
     */
    NOT_LINKABLE(HttpServletResponse.SC_FORBIDDEN, "not-linkable"),
    /** The linked account is closed. */
    ACCOUNT(HttpServletResponse.SC_FORBIDDEN, "account"),
    /** A staff provider while the staff's sign-in through it is not available. */
    STAFF(HttpServletResponse.SC_FORBIDDEN, "staff");

    private final int status;
    private final String key;

    OidcRefusal(int status, String key) {
        this.status = status;
        this.key = key;
    }

    public int status() {
        return status;
    }

    /** The metric's and the audit line's name of the outcome. */
    public String outcome() {
        return key;
    }

    /** Answers the French page, with a way back to the sign-in page. */
    public void answer(HttpServletRequest request, HttpServletResponse response, String providerLabel) throws IOException {
        page(request, response, status, "oidc." + key, providerLabel);
    }

    /** Writes the French message page of these keys ({@code <prefix>.title}, {@code <prefix>.text}). */
    static void page(HttpServletRequest request, HttpServletResponse response, int status, String prefix,
            String providerLabel) throws IOException {
        String label = providerLabel == null ? "" : providerLabel;
        ErrorPageServlet.messagePage(request, response, status, CoreTexts.core(prefix + ".title", label),
                CoreTexts.core(prefix + ".text", label), null, "/login.xhtml", CoreTexts.core("oidc.back"));
    }
}
