package org.mutualportal.core.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The address a page is reloaded at when the Faces state a request brought cannot be used (an expired, malformed
 * or foreign view state, a form without its CSP nonce): the page with its own parameters, without Faces' ones.
 * A view state left in the address is read again by the reloaded page, fails again and reloads it again, forever
 * ({@code ERR_TOO_MANY_REDIRECTS}); the same goes for the client window and Ajax parameters.
 */
final class ReloadAddress {

    private ReloadAddress() {
    }

    /** The page of this view at the request's address, without Faces' parameters. */
    static String of(HttpServletRequest request, String viewId) {
        String query = withoutFacesParameters(request.getQueryString());
        return request.getContextPath() + viewId.replaceFirst("^(?!/)", "/") + (query.isEmpty() ? "" : "?" + query);
    }

    /** The request's own address: a GET sent there again would fail the same way. */
    static String current(HttpServletRequest request) {
        return request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    }

    /** The query string without Faces' and PrimeFaces' parameters, the others as they came. */
    static String withoutFacesParameters(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        StringJoiner kept = new StringJoiner("&");
        for (String pair : query.split("&")) {
            String name = name(pair);
            if (!pair.isEmpty() && name != null && !isFacesParameter(name)) {
                kept.add(pair);
            }
        }
        return kept.toString();
    }

    /**
     * Whether Faces or PrimeFaces reads this parameter as its own: the view state, the client window ({@code jfwid}
     * and {@code jakarta.faces.ClientWindow}), the Ajax ones ({@code jakarta.faces.partial.*}, {@code
     * jakarta.faces.source}), the render kit, their {@code javax.faces} names, and PrimeFaces' nonce. A namespaced
     * view prefixes them ({@code j_id1:jakarta.faces.ViewState}).
     */
    static boolean isFacesParameter(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.contains("jakarta.faces.") || lower.contains("javax.faces.") || lower.startsWith("primefaces.")
                || lower.equals("jfwid");
    }

    /** The decoded name of a {@code name=value} pair, or {@code null} when it cannot be decoded (dropped as junk). */
    private static String name(String pair) {
        int equals = pair.indexOf('=');
        try {
            return URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
