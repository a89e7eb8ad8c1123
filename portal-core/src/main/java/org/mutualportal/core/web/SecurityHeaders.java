package org.mutualportal.core.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers every answer carries. The script policy itself (nonces) is PrimeFaces' ({@code primefaces.CSP});
 * this adds what it does not cover: no framing, no MIME sniffing, no referrer outside the portal.
 */
final class SecurityHeaders {

    private SecurityHeaders() {
    }

    static void apply(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.addHeader("Content-Security-Policy", "frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self'");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), payment=(), geolocation=(self)");
    }
}
