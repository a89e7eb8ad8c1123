package org.mutualportal.core.security.oidc;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The OpenID Connect providers the mutual configured: one per key {@code k} that has both
 * {@code portal.oidc.k.issuer} and {@code portal.oidc.k.client-id}; none by default. Their metadata (discovery)
 * is read at first use and kept {@code portal.oidc.metadata-minutes} (60); their keys (JWKS) are cached by Nimbus,
 * which reads them again when a token names a key it does not know. When the metadata is due again but the
 * provider does not answer (or answers an HTTP error), the copy in hand serves on and the provider is asked again
 * {@value #RETRY_SECONDS} s later, not at every request of an outage with the full timeout; while one request asks,
 * the others use the copy in hand. A provider never read yet is asked at every sign-in.
 */
@ApplicationScoped
public class OidcProviders {

    private static final Logger LOG = Logger.getLogger(OidcProviders.class.getName());
    private static final String PREFIX = "portal.oidc.";
    static final String DEFAULT_SCOPES = "openid given_name family_name birthdate email";
    /** How long a copy of the metadata serves on after the provider failed to give a fresh one. */
    static final int RETRY_SECONDS = 30;

    private final Map<String, OidcSettings> providers = new LinkedHashMap<>();
    private final Map<String, Discovered> discovered = new ConcurrentHashMap<>();
    private int timeoutMillis;
    private long metadataMillis;

    /** A provider's metadata and keys, to be read again from {@code dueAt} (epoch milliseconds). */
    private record Discovered(OIDCProviderMetadata metadata, JWKSource<SecurityContext> keys, long dueAt) {
    }

    @PostConstruct
    void read() {
        Config config = ConfigProvider.getConfig();
        timeoutMillis = config.getOptionalValue(PREFIX + "timeout-seconds", Integer.class).orElse(5) * 1000;
        metadataMillis = config.getOptionalValue(PREFIX + "metadata-minutes", Integer.class).orElse(60) * 60_000L;
        for (String key : providerKeys(config.getPropertyNames())) {
            if (key.isEmpty() || !key.matches("[a-z0-9-]{1,40}")) {
                LOG.warning(() -> "OpenID Connect provider key ignored (a-z, 0-9, '-', at most 40): " + key);
                continue;
            }
            settings(config, key).ifPresent(settings -> providers.put(key, settings));
        }
        if (!providers.isEmpty()) {
            LOG.info(() -> "OpenID Connect providers: " + providers.keySet());
        }
    }

    /**
     * The provider keys the configuration names: {@code portal.oidc.<key>.client-id}, or the environment variable
     * {@code PORTAL_OIDC_<KEY>_CLIENT_ID} — MicroProfile Config finds an environment variable when a key is asked
     * for, but lists it under its own name, so a deployment configured by environment variables alone (a container)
     * would otherwise have no provider. In a variable's name {@code _} stands for the key's {@code -}.
     */
    static SortedSet<String> providerKeys(Iterable<String> propertyNames) {
        SortedSet<String> keys = new TreeSet<>();
        for (String name : propertyNames) {
            if (name.startsWith(PREFIX) && name.endsWith(".client-id")) {
                keys.add(name.substring(PREFIX.length(), name.length() - ".client-id".length()));
            } else {
                Matcher variable = ENVIRONMENT_CLIENT_ID.matcher(name);
                if (variable.matches()) {
                    keys.add(variable.group(1).toLowerCase(Locale.ROOT).replace('_', '-'));
                }
            }
        }
        return keys;
    }

    private static final Pattern ENVIRONMENT_CLIENT_ID = Pattern.compile("PORTAL_OIDC_([A-Z0-9_]+)_CLIENT_ID");

    /** The settings read by name, so that environment variables count as much as listed properties. */
    private static final List<String> OPTIONS = List.of("issuer", "discovery-url", "client-id", "client-secret",
            "audience", "label", "style", "scopes", "acr-values", "redirect-path", "pkce", "roles-claim",
            "staff-values", "admin-values", "login-claim", "trust-login-claim", "verified-identity");

    private static Optional<OidcSettings> settings(Config config, String key) {
        String prefix = PREFIX + key + ".";
        Map<String, String> options = new LinkedHashMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(prefix)) {
                config.getOptionalValue(name, String.class).ifPresent(value -> options.put(name.substring(prefix.length()), value.strip()));
            }
        }
        for (String option : OPTIONS) {
            if (!options.containsKey(option)) {
                config.getOptionalValue(prefix + option, String.class).ifPresent(value -> options.put(option, value.strip()));
            }
        }
        String issuer = options.get("issuer");
        String clientId = options.get("client-id");
        if (issuer == null || issuer.isBlank() || clientId == null || clientId.isBlank()) {
            return Optional.empty();
        }
        String audience = options.getOrDefault("audience", "members").toLowerCase(Locale.ROOT);
        String discovery = options.getOrDefault("discovery-url",
                (issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer) + "/.well-known/openid-configuration");
        List<String> scopes = Arrays.stream(options.getOrDefault("scopes", DEFAULT_SCOPES).split("[\\s,]+"))
                .filter(scope -> !scope.isBlank()).toList();
        if (!scopes.contains("openid")) {
            scopes = new ArrayList<>(scopes);
            scopes.add(0, "openid");
        }
        String label = options.getOrDefault("label", key);
        String style = options.getOrDefault("style", "franceconnect".equals(key) ? "franceconnect" : "plain").toLowerCase(Locale.ROOT);
        String redirect = options.getOrDefault("redirect-path", "/oidc/" + key + "/callback");
        if (!redirect.startsWith("/oidc/") || redirect.equals("/oidc/continue") || redirect.endsWith("/start")
                || redirect.endsWith("/logged-out")) {
            // Only /oidc/… reaches the servlet that answers it.
            LOG.warning(() -> "portal.oidc." + key + ".redirect-path must be under /oidc/ (and not a path of its own): "
                    + "the default is used");
            redirect = "/oidc/" + key + "/callback";
        }
        return Optional.of(new OidcSettings(key, "staff".equals(audience) ? OidcSettings.Audience.STAFF : OidcSettings.Audience.MEMBERS,
                issuer, discovery, clientId, blankToNull(options.get("client-secret")), List.copyOf(scopes), label, style,
                blankToNull(options.get("acr-values")), redirect, Map.copyOf(options)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Every configured provider, by key order. */
    public List<OidcSettings> all() {
        return List.copyOf(providers.values());
    }

    public Optional<OidcSettings> byKey(String key) {
        return Optional.ofNullable(key == null ? null : providers.get(key));
    }

    /** The providers through which people sign in to this audience. */
    public List<OidcSettings> forAudience(OidcSettings.Audience audience) {
        return providers.values().stream().filter(p -> p.audience() == audience).toList();
    }

    /**
     * The provider's metadata, read from its discovery document at first use and again after
     * {@code portal.oidc.metadata-minutes}.
     *
     * @throws ProviderUnavailable when it cannot be read (the next call tries again)
     */
    public OIDCProviderMetadata metadata(OidcSettings provider) {
        return discovered(provider).metadata();
    }

    /** The provider's signing keys (its JWKS), cached, read again for a key id it does not know. */
    public JWKSource<SecurityContext> keys(OidcSettings provider) {
        return discovered(provider).keys();
    }

    private Discovered discovered(OidcSettings provider) {
        Discovered known = discovered.get(provider.key());
        if (known != null && System.currentTimeMillis() < known.dueAt()) {
            return known;
        }
        if (known != null) {
            // Due: the request that moves the date on asks the provider; those arriving meanwhile go on with the copy
            // in hand, rather than all asking at once (and all waiting the timeout of a provider that does not answer).
            Discovered asking = new Discovered(known.metadata(), known.keys(), System.currentTimeMillis() + RETRY_SECONDS * 1000L);
            if (!discovered.replace(provider.key(), known, asking)) {
                return discovered.getOrDefault(provider.key(), known);
            }
        }
        try {
            HTTPRequest request = new HTTPRequest(HTTPRequest.Method.GET, URI.create(provider.discoveryUrl()));
            request.setConnectTimeout(timeoutMillis);
            request.setReadTimeout(timeoutMillis);
            HTTPResponse response = request.send();
            if (response.getStatusCode() != 200) {
                throw new ProviderUnavailable(provider, "discovery answered " + response.getStatusCode());
            }
            OIDCProviderMetadata metadata = OIDCProviderMetadata.parse(response.getBodyAsJSONObject());
            if (!metadata.getIssuer().equals(new Issuer(provider.issuer()))) {
                // OpenID Connect Discovery 1.0, section 4.3: the issuer must be exactly the one configured.
                throw new ProviderUnavailable(provider, "discovery names issuer " + metadata.getIssuer());
            }
            Discovered fresh = new Discovered(metadata, keySource(metadata), System.currentTimeMillis() + metadataMillis);
            discovered.put(provider.key(), fresh);
            return fresh;
        } catch (IOException | GeneralException | IllegalArgumentException | ProviderUnavailable e) {
            if (known != null) {
                // Stale metadata beats none: the provider's endpoints rarely move, and its keys refresh on their own.
                LOG.warning(() -> "OpenID Connect provider " + provider.key() + ": metadata not refreshed (" + e + ")");
                Discovered kept = new Discovered(known.metadata(), known.keys(), System.currentTimeMillis() + RETRY_SECONDS * 1000L);
                discovered.put(provider.key(), kept);
                return kept;
            }
            throw e instanceof ProviderUnavailable unavailable ? unavailable
                    : new ProviderUnavailable(provider, "discovery failed: " + e);
        }
    }

    private JWKSource<SecurityContext> keySource(OIDCProviderMetadata metadata) throws MalformedURLException {
        if (metadata.getJWKSetURI() == null) {
            throw new MalformedURLException("no jwks_uri in the metadata");
        }
        URL jwks = metadata.getJWKSetURI().toURL();
        return JWKSourceBuilder.create(jwks, new DefaultResourceRetriever(timeoutMillis, timeoutMillis, 512 * 1024))
                .build();
    }

    int timeoutMillis() {
        return timeoutMillis;
    }

    /** A provider that cannot be reached or answers nonsense at the moment. */
    public static class ProviderUnavailable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public ProviderUnavailable(OidcSettings provider, String why) {
            super(provider.key() + ": " + why);
        }
    }
}
