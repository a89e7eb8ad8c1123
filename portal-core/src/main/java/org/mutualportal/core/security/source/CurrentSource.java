package org.mutualportal.core.security.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
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

        private static final Logger LOG = Logger.getLogger(TrustedProxies.class.getName());

        private final List<Cidr> trusted;
        private final AtomicBoolean warned = new AtomicBoolean();

        TrustedProxies() {
            this.trusted = List.of();
        }

        @Inject
        TrustedProxies(@ConfigProperty(name = "portal.security.trusted-proxies") Optional<String> configured) {
            // Read as text: Payara's config producer cannot give an Optional<List<String>> (ClassCastException).
            this.trusted = Cidr.parseAll(configured.map(value -> List.of(value.split("\\s*,\\s*"))).orElse(List.of())
                    .stream().filter(entry -> !entry.isBlank()).toList());
        }

        public ClientSource sourceOf(HttpServletRequest request) {
            List<String> forwarded = Collections.list(request.getHeaders("X-Forwarded-For"));
            if (trusted.isEmpty() && !forwarded.isEmpty() && !warned.getAndSet(true)) {
                // Behind a proxy that is not declared, every member is the proxy's address for the per-source limits.
                LOG.warning(() -> "Requests carry X-Forwarded-For but portal.security.trusted-proxies is not set: the"
                        + " header is ignored and clients are counted under their peer's address (" + request.getRemoteAddr()
                        + "). Behind a load balancer, declare it.");
            }
            return ClientSource.of(request.getRemoteAddr(), forwarded, trusted);
        }

        public List<Cidr> trusted() {
            return trusted;
        }
    }
}
