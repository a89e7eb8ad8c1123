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
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.PlainJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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
    private final Map<String, Object> nextUserInfoClaims = new ConcurrentHashMap<>();
    private final Map<String, Integer> failingDiscovery = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failedDiscoveries = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> heldDiscovery = new ConcurrentHashMap<>();
    private final AtomicReference<IdTokenForgery> nextIdTokenForgery = new AtomicReference<>();
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
                    new SignedUserInfo(), new FailingDiscovery(), new ForgedIdToken());
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

    /**
     * The next signed user information has this claim with this value instead ({@code null}: without it), e.g.
     * {@code aud} of another client or no {@code iss}.
     */
    public void nextUserInfoClaim(String claim, Object value) {
        nextUserInfoClaims.put(claim, value == null ? NO_VALUE : value);
    }

    private static final Object NO_VALUE = new Object();

    /** This issuer's discovery document answers this HTTP status (an outage behind a proxy) until {@link #answerDiscovery}. */
    public void failDiscovery(String issuerId, int status) {
        failingDiscovery.put(issuerId, status);
    }

    /** This issuer's discovery document is answered again. */
    public void answerDiscovery(String issuerId) {
        failingDiscovery.remove(issuerId);
    }

    /**
     * The failing discovery document of this issuer ({@link #failDiscovery}) is answered only once
     * {@link #releaseDiscovery} is called (30 s at most): a provider slow to answer, with requests in flight.
     */
    public void holdDiscovery(String issuerId) {
        heldDiscovery.put(issuerId, new CountDownLatch(1));
    }

    /** The held discovery requests of this issuer get their answer, and the next ones at once. */
    public void releaseDiscovery(String issuerId) {
        CountDownLatch held = heldDiscovery.remove(issuerId);
        if (held != null) {
            held.countDown();
        }
    }

    /** How many requests for this issuer's discovery document got (or wait for) the error of {@link #failDiscovery}. */
    public int failedDiscoveries(String issuerId) {
        AtomicInteger count = failedDiscoveries.get(issuerId);
        return count == null ? 0 : count.get();
    }

    /** How an ID token is forged by {@link #nextIdTokenForged}. */
    public enum IdTokenForgery {
        /** Not signed at all ({@code alg=none}). */
        UNSIGNED,
        /** Signed with HS256, keyed by the client secret (the client could have made it itself). */
        CLIENT_SECRET_HS256
    }

    /**
     * The next sign-in at this issuer is this person, but the token answer's ID token is re-made this way, with
     * the same claims (nonce included).
     */
    public void nextIdTokenForged(String issuerId, String subject, Map<String, Object> claims, IdTokenForgery forgery) {
        nextSignIn(issuerId, subject, claims);
        nextIdTokenForgery.set(forgery);
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
        claims.put("acr", "eidas1"); // the level FranceConnect authenticates at, as asked with acr_values=eidas1
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
                for (String claim : Set.copyOf(nextUserInfoClaims.keySet())) {
                    Object value = nextUserInfoClaims.remove(claim);
                    claims.claim(claim, value == NO_VALUE ? null : value);
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

    /** The discovery documents of the issuers told to fail ({@link #failDiscovery}). */
    private final class FailingDiscovery implements Route {

        @Override
        public boolean match(OAuth2HttpRequest request) {
            List<String> path = request.getUrl().pathSegments();
            return path.size() == 3 && ".well-known".equals(path.get(1)) && "openid-configuration".equals(path.get(2))
                    && failingDiscovery.containsKey(path.get(0));
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            String issuerId = request.getUrl().pathSegments().get(0);
            failedDiscoveries.computeIfAbsent(issuerId, id -> new AtomicInteger()).incrementAndGet();
            CountDownLatch held = heldDiscovery.get(issuerId);
            if (held != null) {
                try {
                    held.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return new OAuth2HttpResponse(Headers.of("Content-Type", "text/html"), failingDiscovery.getOrDefault(issuerId, 503),
                    "<html><body>Service Unavailable</body></html>", null);
        }
    }

    /**
     * The token endpoint once {@link #nextIdTokenForged} was asked: the request goes on to the mock's own endpoint
     * (marked, so that this route lets it through), and its answer comes back with the ID token re-made.
     */
    private final class ForgedIdToken implements Route {

        private static final String PASSED = "X-Test-Kit-Passed";
        private final HttpClient client = HttpClient.newHttpClient();

        @Override
        public boolean match(OAuth2HttpRequest request) {
            List<String> path = request.getUrl().pathSegments();
            return nextIdTokenForgery.get() != null && path.size() == 2 && "token".equals(path.get(1))
                    && request.getHeaders().get(PASSED) == null;
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            IdTokenForgery forgery = nextIdTokenForgery.getAndSet(null);
            try {
                HttpRequest.Builder onward = HttpRequest.newBuilder(URI.create("http://localhost:" + port + request.getUrl().encodedPath()))
                        .header(PASSED, "1")
                        .POST(HttpRequest.BodyPublishers.ofString(request.getBody() == null ? "" : request.getBody()));
                for (String header : List.of("Authorization", "Content-Type")) {
                    String value = request.getHeaders().get(header);
                    if (value != null) {
                        onward.header(header, value);
                    }
                }
                HttpResponse<String> answer = client.send(onward.build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200) {
                    return new OAuth2HttpResponse(Headers.of("Content-Type", "application/json"), answer.statusCode(), answer.body(), null);
                }
                Map<String, Object> tokens = JSONObjectUtils.parse(answer.body());
                JWTClaimsSet claims = SignedJWT.parse((String) tokens.get("id_token")).getJWTClaimsSet();
                tokens.put("id_token", forgery == IdTokenForgery.UNSIGNED ? new PlainJWT(claims).serialize() : hs256(claims));
                return new OAuth2HttpResponse(Headers.of("Content-Type", "application/json"), 200,
                        JSONObjectUtils.toJSONString(tokens), null);
            } catch (IOException | java.text.ParseException | GeneralSecurityException e) {
                throw new IllegalStateException("The forged ID token could not be made", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** By hand: Nimbus's MACSigner wants a secret of 256 bits at least, the test client's is shorter. */
        private static String hs256(JWTClaimsSet claims) throws GeneralSecurityException {
            String signingInput = Base64URL.encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "."
                    + Base64URL.encode(claims.toString());
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(CLIENT_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return signingInput + "." + Base64URL.encode(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
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
