package org.mutualportal.core.security.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who is acting, known once per request: the {@link ClientSource} of the current HTTP request, with the
 * proxies of {@code portal.security.trusted-proxies} (comma-separated addresses or CIDR ranges, none by
 * default: without a proxy in front, the peer is the client and {@code X-Forwarded-For} is never read).
 */
@RequestScoped
public class CurrentSource {

    @Inject
    HttpServletRequest request;

    @Inject
    TrustedProxies proxies;

    private ClientSource source;

    public ClientSource get() {
        if (source == null) {
            source = proxies.sourceOf(request);
        }
        return source;
    }

    /** The configured trusted proxies, read once. */
    @ApplicationScoped
    public static class TrustedProxies {

        private final List<Cidr> trusted;

        TrustedProxies() {
            this.trusted = List.of();
        }

        @Inject
        TrustedProxies(@ConfigProperty(name = "portal.security.trusted-proxies") Optional<List<String>> configured) {
            this.trusted = Cidr.parseAll(configured.orElse(List.of()));
        }

        public ClientSource sourceOf(HttpServletRequest request) {
            return ClientSource.of(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")), trusted);
        }

        public List<Cidr> trusted() {
            return trusted;
        }
    }
}
