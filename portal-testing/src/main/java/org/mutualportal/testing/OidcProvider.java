package org.mutualportal.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.KeyProvider;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * A real OpenID Connect provider in the test JVM (NAV's mock-oauth2-server) on a free localhost port: discovery,
 * JWKS, authorization (no login page: it answers at once with a code), token, user information and logout
 * endpoints, one issuer per id ({@code http://localhost:<port>/<issuerId>}). Each test says who the next sign-in is
 * ({@link #nextSignIn}); without that, the provider signs in a default subject.
 *
 * <h2>Usage</h2>
 * <pre>
 * static final OidcProvider OIDC = OidcProvider.start();
 * // in the &#64;Deployment: OIDC.portalConfig("franceconnect", "fc").forEach(deployment::withConfig);
 * OIDC.nextSignIn("fc", "sub-123", OidcProvider.franceConnectClaims("Marie Louise", "Leroy", "1980-05-17", "female", null));
 * </pre>
 */
public final class OidcProvider implements AutoCloseable {

    /** The client id and secret the portal uses in {@link #portalConfig}: the ID tokens' default audience. */
    public static final String CLIENT_ID = "portal-test-client";
    public static final String CLIENT_SECRET = "portal-test-secret";

    private final int port;
    private final SwitchingKeys keys = new SwitchingKeys();
    private final OAuth2TokenProvider tokens = new OAuth2TokenProvider(keys);
    private final Set<String> signedUserInfo = ConcurrentHashMap.newKeySet();
    private final AtomicReference<String> nextUserInfoSubject = new AtomicReference<>();
    private final AtomicBoolean nextUserInfoStranger = new AtomicBoolean();
    private MockOAuth2Server server;

    private OidcProvider(int port) {
        this.port = port;
    }

    /** Starts a provider on a free port. */
    public static OidcProvider start() {
        try {
            OidcProvider provider = new OidcProvider(EmbeddedDatabase.freePort());
            provider.restart();
            return provider;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops answering (a provider outage); {@link #restart} brings it back on the same port with the same keys. */
    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server = null;
        }
    }

    /** Answers again, on the same port, with the same signing keys. */
    public synchronized void restart() {
        if (server == null) {
            MockOAuth2Server fresh = new MockOAuth2Server(new OAuth2Config(false, null, null, false, tokens),
                    new SignedUserInfo());
            fresh.start(port);
            server = fresh;
        }
    }

    @Override
    public void close() {
        stop();
    }

    public int port() {
        return port;
    }

    /** The issuer of this id, {@code http://localhost:<port>/<issuerId>}. */
    public String issuer(String issuerId) {
        return "http://localhost:" + port + "/" + issuerId;
    }

    /**
     * The portal's configuration for this provider under {@code portal.oidc.<key>.*}: issuer, client id and secret,
     * a label and style (FranceConnect's for the key {@code franceconnect}).
     */
    public Map<String, String> portalConfig(String key, String issuerId) {
        Map<String, String> config = new LinkedHashMap<>();
        String prefix = "portal.oidc." + key + ".";
        config.put(prefix + "issuer", issuer(issuerId));
        config.put(prefix + "client-id", CLIENT_ID);
        config.put(prefix + "client-secret", CLIENT_SECRET);
        config.put(prefix + "label", "franceconnect".equals(key) ? "FranceConnect" : "Fournisseur " + key);
        config.put(prefix + "style", "franceconnect".equals(key) ? "franceconnect" : "plain");
        return config;
    }

    /** The next sign-in at this issuer is this person, with these claims in the ID token and the user information. */
    public void nextSignIn(String issuerId, String subject, Map<String, Object> claims) {
        enqueue(issuerId, subject, List.of(CLIENT_ID), claims, 3600);
    }

    /** The next sign-in's ID token is for another client (wrong audience). */
    public void nextWithAudience(String issuerId, String subject, Map<String, Object> claims, String audience) {
        // The mock makes an ID token's audience the client that asks, then adds the claims: "aud" among them wins.
        Map<String, Object> withAudience = new LinkedHashMap<>(claims);
        withAudience.put("aud", List.of(audience));
        enqueue(issuerId, subject, List.of(audience), withAudience, 3600);
    }

    /** The next sign-in's ID token expired ten minutes ago. */
    public void nextExpired(String issuerId, String subject, Map<String, Object> claims) {
        enqueue(issuerId, subject, List.of(CLIENT_ID), claims, -600);
    }

    /**
     * The next sign-in's tokens are signed with a key the provider does not publish (same key id as its own): its
     * JWKS still shows the real key.
     */
    public void nextSignedWithAnotherKey(String issuerId, String subject, Map<String, Object> claims) {
        enqueue(issuerId, subject, List.of(CLIENT_ID), claims, 3600);
        keys.signNextWithStranger(issuerId);
    }

    /**
     * This issuer's user information endpoint answers as FranceConnect v2 does: a JWT ({@code application/jwt})
     * signed with the issuer's key, with {@code iss}, {@code aud} (the client) and the access token's claims.
     */
    public void userInfoAsSignedJwt(String issuerId) {
        signedUserInfo.add(issuerId);
    }

    /** The next signed user information names another subject than the ID token. */
    public void nextUserInfoSubject(String subject) {
        nextUserInfoSubject.set(subject);
    }

    /** The next signed user information is signed with a key the provider does not publish (same key id). */
    public void nextUserInfoSignedWithAnotherKey() {
        nextUserInfoStranger.set(true);
    }

    private void enqueue(String issuerId, String subject, List<String> audience, Map<String, Object> claims, long expirySeconds) {
        keys.signWithOwnKeys();
        server().enqueueCallback(new DefaultOAuth2TokenCallback(issuerId, subject, "JWT", audience, claims, expirySeconds));
    }

    private synchronized MockOAuth2Server server() {
        if (server == null) {
            throw new IllegalStateException("The provider is stopped");
        }
        return server;
    }

    /** Claims shaped as FranceConnect sends them (OpenID Connect standard claims; birth date as yyyy-MM-dd). */
    public static Map<String, Object> franceConnectClaims(String givenNames, String familyName, String birthdate,
            String gender, String email) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("given_name", givenNames);
        claims.put("family_name", familyName);
        claims.put("birthdate", birthdate);
        if (gender != null) {
            claims.put("gender", gender);
        }
        if (email != null) {
            claims.put("email", email);
        }
        return claims;
    }

    /** The user information endpoint of the issuers answering with a signed JWT ({@link #userInfoAsSignedJwt}). */
    private final class SignedUserInfo implements Route {

        @Override
        public boolean match(OAuth2HttpRequest request) {
            List<String> path = request.getUrl().pathSegments();
            return path.size() == 2 && "userinfo".equals(path.get(1)) && signedUserInfo.contains(path.get(0));
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            String issuerId = request.getUrl().pathSegments().get(0);
            String authorization = String.valueOf(request.getHeaders().get("Authorization"));
            try {
                JWTClaimsSet accessToken = tokens.verify(HttpUrl.get(issuer(issuerId)),
                        authorization.substring(authorization.indexOf(' ') + 1));
                JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder(accessToken).issuer(issuer(issuerId))
                        .audience(CLIENT_ID);
                String subject = nextUserInfoSubject.getAndSet(null);
                if (subject != null) {
                    claims.subject(subject);
                }
                JWK key = keys.signingKey(issuerId);
                RSAKey signing = nextUserInfoStranger.getAndSet(false)
                        ? new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate() : key.toRSAKey();
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signing.getKeyID()).build(),
                        claims.build());
                jwt.sign(new RSASSASigner(signing));
                return new OAuth2HttpResponse(Headers.of("Content-Type", "application/jwt"), 200, jwt.serialize(), null);
            } catch (RuntimeException | JOSEException e) {
                return new OAuth2HttpResponse(Headers.of("Content-Type", "application/json"), 401,
                        "{\"error\":\"invalid_token\"}", null);
            }
        }
    }

    /**
     * The provider's keys, which sign with a stranger key on demand: the mock reads {@link #signingKey} both to
     * publish its JWKS and to sign, so the stranger is given only to the signing (not from {@code publicJwkSet}) and
     * until the next sign-in is queued.
     */
    private static final class SwitchingKeys extends KeyProvider {

        private final AtomicBoolean stranger = new AtomicBoolean();
        private volatile String strangerIssuer;
        private final Map<String, JWK> strangers = new ConcurrentHashMap<>();

        void signNextWithStranger(String issuerId) {
            strangerIssuer = issuerId;
            stranger.set(true);
        }

        void signWithOwnKeys() {
            stranger.set(false);
        }

        @Override
        public JWK signingKey(String issuerId) {
            JWK own = super.signingKey(issuerId);
            if (!stranger.get() || !issuerId.equals(strangerIssuer) || publishing()) {
                return own;
            }
            return strangers.computeIfAbsent(issuerId, id -> {
                try {
                    return new RSAKeyGenerator(2048).keyID(own.getKeyID()).keyUse(own.getKeyUse())
                            .algorithm(own.getAlgorithm()).generate();
                } catch (JOSEException e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        private static boolean publishing() {
            return StackWalker.getInstance().walk(frames -> frames.anyMatch(f -> f.getMethodName().startsWith("publicJwkSet")));
        }
    }
}
