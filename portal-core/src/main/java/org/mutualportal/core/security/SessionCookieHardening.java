package org.mutualportal.core.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.SessionTrackingMode;
import java.util.EnumSet;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sets the session cookie's flags explicitly rather than trusting the server's defaults (Payara 6 releases
 * before mid-2025 did not make it HttpOnly): HttpOnly, cookie-only tracking (no
 * {@code ;jsessionid=} in URLs), and Secure when {@code portal.session.secure-cookie=true} — set it behind
 * HTTPS (a TLS-terminating proxy hides HTTPS from the server, so this cannot be guessed reliably).
 */
public class SessionCookieHardening implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setHttpOnly(true);
        // SameSite=Lax comes from WEB-INF/payara-web.xml: Payara 6 ignores it when set here or in web.xml.
        cookie.setPath(contextPath(event.getServletContext().getContextPath()));
        boolean secure = ConfigProvider.getConfig()
                .getOptionalValue("portal.session.secure-cookie", Boolean.class).orElse(Boolean.FALSE);
        cookie.setSecure(secure);
        event.getServletContext().setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE));
    }

    private static String contextPath(String path) {
        return path == null || path.isEmpty() ? "/" : path;
    }
}
