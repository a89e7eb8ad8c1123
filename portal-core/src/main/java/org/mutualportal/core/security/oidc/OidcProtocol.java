package org.mutualportal.core.security.oidc;

import com.nimbusds.common.contenttype.ContentType;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.Prompt;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.claims.ACR;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.claims.UserInfo;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The authorization code flow with a provider, by the Nimbus OAuth 2.0 / OpenID Connect SDK: the request that
 * sends the browser there, then the code exchanged for tokens, the ID token validated (signature with the
 * provider's published keys and one of its advertised algorithms, issuer, audience, expiry and issue time within
 * {@code portal.oidc.clock-skew-seconds}, nonce; {@code acr} among the {@code acr-values} asked for, if any) and the
 * user information read when the provider has the endpoint — as JSON, or as a signed JWT (FranceConnect v2),
 * verified with the same keys, for this client and from this issuer — whose subject must be the ID token's.
 *
 * <p>PKCE (S256) when the provider's metadata lists S256, or {@code portal.oidc.<key>.pkce=always}: a provider that
 * lists no method may refuse a parameter it does not know, and the nonce already binds the ID token to this
 * browser's request. Symmetric (HS256) ID token signatures are not accepted: the keys come from the provider's JWKS.
 *
 * <p>A re-authentication ({@code /oidc/<key>/start?reauth=1}, the "sign in again" of a page asking for a recent
 * sign-in) asks {@code prompt=login} and {@code max_age=0}, and its ID token's {@code auth_time}, when given, must not
 * be before the attempt left.
 */
@ApplicationScoped
public class OidcProtocol {

    @Inject
    OidcProviders providers;

    @Inject
    @ConfigProperty(name = "portal.oidc.clock-skew-seconds", defaultValue = "60")
    int clockSkewSeconds;

    /** Why the answer of a provider opens nothing: the reason shown, the detail audited (never a token). */
    public static final class Refused extends Exception {

        private static final long serialVersionUID = 1L;

        private final OidcRefusal reason;

        Refused(OidcRefusal reason, String detail) {
            super(detail);
            this.reason = reason;
        }

        Refused(OidcRefusal reason, String detail, Throwable cause) {
            super(detail, cause);
            this.reason = reason;
        }

        public OidcRefusal reason() {
            return reason;
        }
    }

    /** Whether this attempt uses PKCE with this provider. */
    boolean usesPkce(OidcSettings provider) {
        String pkce = provider.option("pkce").orElse("auto");
        if ("never".equals(pkce)) {
            return false;
        }
        List<CodeChallengeMethod> methods = providers.metadata(provider).getCodeChallengeMethods();
        return "always".equals(pkce) || (methods != null && methods.contains(CodeChallengeMethod.S256));
    }

    /** The provider's authorization address for this attempt. */
    URI authorization(OidcSettings provider, OidcAttempt attempt, URI redirect) {
        OIDCProviderMetadata metadata = providers.metadata(provider);
        AuthenticationRequest.Builder request = new AuthenticationRequest.Builder(ResponseType.CODE,
                new Scope(provider.scopes().toArray(String[]::new)), new ClientID(provider.clientId()), redirect)
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .state(new State(attempt.state()))
                .nonce(new Nonce(attempt.nonce()));
        if (attempt.codeVerifier() != null) {
            request.codeChallenge(new CodeVerifier(attempt.codeVerifier()), CodeChallengeMethod.S256);
        }
        if (provider.acrValues() != null) {
            request.acrValues(Arrays.stream(provider.acrValues().split("\\s+")).map(ACR::new).toList());
        }
        if (attempt.reauth()) {
            // The provider's own session, still open in this browser, would otherwise answer without asking anything.
            request.prompt(new Prompt(Prompt.Type.LOGIN)).maxAge(0);
        }
        return request.build().toURI();
    }

    /** Exchanges the code and checks what comes back. */
    VerifiedSignIn complete(OidcSettings provider, OidcAttempt attempt, String code, URI redirect) throws Refused {
        OIDCProviderMetadata metadata = providers.metadata(provider);
        OIDCTokenResponse tokens = tokens(provider, metadata, attempt, code, redirect);
        JWT idToken = tokens.getOIDCTokens().getIDToken();
        if (idToken == null) {
            throw new Refused(OidcRefusal.INVALID, "no ID token");
        }
        IDTokenClaimsSet verified;
        try {
            IDTokenValidator validator = new IDTokenValidator(new Issuer(provider.issuer()), new ClientID(provider.clientId()),
                    keySelector(provider, metadata.getIDTokenJWSAlgs()), null);
            validator.setMaxClockSkew(clockSkewSeconds);
            verified = validator.validate(idToken, new Nonce(attempt.nonce()));
        } catch (KeySourceException e) {
            throw new Refused(OidcRefusal.UNAVAILABLE, "provider keys unavailable: " + e.getMessage(), e);
        } catch (BadJOSEException | JOSEException e) {
            throw new Refused(OidcRefusal.INVALID, "ID token refused: " + e.getMessage(), e);
        }
        JWTClaimsSet claims;
        try {
            claims = verified.toJWTClaimsSet();
        } catch (com.nimbusds.oauth2.sdk.ParseException e) {
            throw new Refused(OidcRefusal.INVALID, "ID token claims unreadable", e);
        }
        checkAcr(provider, claims);
        checkAuthTime(attempt, verified);
        String subject = verified.getSubject().getValue();
        if (metadata.getUserInfoEndpointURI() != null && tokens.getOIDCTokens().getBearerAccessToken() != null) {
            JWTClaimsSet userInfo = userInfo(provider, metadata, tokens.getOIDCTokens().getBearerAccessToken());
            if (!subject.equals(userInfo.getSubject())) {
                throw new Refused(OidcRefusal.INVALID, "user information of another subject");
            }
            JWTClaimsSet.Builder merged = new JWTClaimsSet.Builder(userInfo);
            claims.getClaims().forEach(merged::claim);
            claims = merged.build();
        }
        return new VerifiedSignIn(provider, subject, claims, idToken.getParsedString());
    }

    /**
     * With {@code acr-values}, the ID token's {@code acr} must be one of them: asking is not enough, a provider may
     * authenticate at another level (FranceConnect answers {@code eidas1}).
     */
    private static void checkAcr(OidcSettings provider, JWTClaimsSet claims) throws Refused {
        if (provider.acrValues() == null) {
            return;
        }
        Object acr = claims.getClaim("acr");
        if (!(acr instanceof String level) || !Arrays.asList(provider.acrValues().split("\\s+")).contains(level)) {
            throw new Refused(OidcRefusal.INVALID, "ID token acr " + (acr instanceof String ? acr : "missing")
                    + ", asked " + provider.acrValues());
        }
    }

    /**
     * A re-authentication asked for must have happened: an {@code auth_time} before the attempt left (within the clock
     * skew) is the provider's older session answering, whatever {@code prompt} and {@code max_age} asked.
     */
    private void checkAuthTime(OidcAttempt attempt, IDTokenClaimsSet verified) throws Refused {
        if (!attempt.reauth() || verified.getAuthenticationTime() == null) {
            return;
        }
        long authenticatedAt = verified.getAuthenticationTime().toInstant().getEpochSecond();
        if (authenticatedAt < attempt.createdAtEpochSecond() - clockSkewSeconds) {
            throw new Refused(OidcRefusal.INVALID, "auth_time " + authenticatedAt + " before the re-authentication asked at "
                    + attempt.createdAtEpochSecond());
        }
    }

    private OIDCTokenResponse tokens(OidcSettings provider, OIDCProviderMetadata metadata, OidcAttempt attempt,
            String code, URI redirect) throws Refused {
        AuthorizationCodeGrant grant = new AuthorizationCodeGrant(new AuthorizationCode(code), redirect,
                attempt.codeVerifier() == null ? null : new CodeVerifier(attempt.codeVerifier()));
        ClientAuthentication authentication = clientAuthentication(provider, metadata);
        TokenRequest request = authentication == null
                ? new TokenRequest(metadata.getTokenEndpointURI(), new ClientID(provider.clientId()), grant)
                : new TokenRequest(metadata.getTokenEndpointURI(), authentication, grant);
        HTTPResponse response = send(provider, request.toHTTPRequest(), "token endpoint");
        TokenResponse answer;
        try {
            answer = OIDCTokenResponseParser.parse(response);
        } catch (ParseException e) {
            throw new Refused(response.getStatusCode() >= 500 ? OidcRefusal.UNAVAILABLE : OidcRefusal.INVALID,
                    "token answer unreadable (HTTP " + response.getStatusCode() + ")", e);
        }
        if (!answer.indicatesSuccess()) {
            ErrorObject error = ((TokenErrorResponse) answer).getErrorObject();
            throw new Refused(response.getStatusCode() >= 500 ? OidcRefusal.UNAVAILABLE : OidcRefusal.INVALID,
                    "token endpoint refused: " + (error == null ? response.getStatusCode() : error.getCode()));
        }
        if (!(answer.toSuccessResponse() instanceof OIDCTokenResponse tokens)) {
            throw new Refused(OidcRefusal.INVALID, "no OpenID Connect tokens");
        }
        return tokens;
    }

    /** {@code client_secret_basic} unless the provider lists only {@code client_secret_post}; none without a secret. */
    private static ClientAuthentication clientAuthentication(OidcSettings provider, OIDCProviderMetadata metadata) {
        if (provider.clientSecret() == null) {
            return null;
        }
        List<ClientAuthenticationMethod> methods = metadata.getTokenEndpointAuthMethods();
        boolean postOnly = methods != null && !methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                && methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST);
        ClientID client = new ClientID(provider.clientId());
        Secret secret = new Secret(provider.clientSecret());
        return postOnly ? new ClientSecretPost(client, secret) : new ClientSecretBasic(client, secret);
    }

    private JWTClaimsSet userInfo(OidcSettings provider, OIDCProviderMetadata metadata, BearerAccessToken accessToken)
            throws Refused {
        HTTPResponse response = send(provider, new UserInfoRequest(metadata.getUserInfoEndpointURI(), accessToken).toHTTPRequest(),
                "userinfo endpoint");
        if (!response.indicatesSuccess()) {
            throw new Refused(response.getStatusCode() >= 500 ? OidcRefusal.UNAVAILABLE : OidcRefusal.INVALID,
                    "userinfo endpoint answered " + response.getStatusCode());
        }
        ContentType type = response.getEntityContentType();
        try {
            if (type != null && type.matches(ContentType.APPLICATION_JWT)) {
                // FranceConnect v2: the user information is a JWT signed with the ID tokens' keys.
                DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
                processor.setJWSKeySelector(keySelector(provider, metadata.getUserInfoJWSAlgs() != null
                        ? metadata.getUserInfoJWSAlgs() : metadata.getIDTokenJWSAlgs()));
                // For this client, from this issuer (OpenID Connect Core 5.3.2), about someone: a signed answer
                // meant for another client of the provider is refused; exp and nbf are checked when present.
                DefaultJWTClaimsVerifier<SecurityContext> verifier = new DefaultJWTClaimsVerifier<>(provider.clientId(),
                        new JWTClaimsSet.Builder().issuer(provider.issuer()).build(), Set.of("sub", "iss", "aud"));
                verifier.setMaxClockSkew(clockSkewSeconds);
                processor.setJWTClaimsSetVerifier(verifier);
                return processor.process(SignedJWT.parse(response.getBody()), null);
            }
            return UserInfo.parse(response.getBody()).toJWTClaimsSet();
        } catch (KeySourceException e) {
            throw new Refused(OidcRefusal.UNAVAILABLE, "provider keys unavailable: " + e.getMessage(), e);
        } catch (java.text.ParseException | ParseException | BadJOSEException | JOSEException e) {
            throw new Refused(OidcRefusal.INVALID, "user information refused: " + e.getMessage(), e);
        }
    }

    private JWSVerificationKeySelector<SecurityContext> keySelector(OidcSettings provider, List<JWSAlgorithm> advertised) {
        Set<JWSAlgorithm> algorithms = new LinkedHashSet<>();
        if (advertised != null) {
            advertised.stream().filter(alg -> !JWSAlgorithm.Family.HMAC_SHA.contains(alg) && !"none".equals(alg.getName()))
                    .forEach(algorithms::add);
        }
        if (algorithms.isEmpty()) {
            algorithms.add(JWSAlgorithm.RS256); // the one OpenID Connect Core requires of every provider
        }
        return new JWSVerificationKeySelector<>(algorithms, providers.keys(provider));
    }

    private HTTPResponse send(OidcSettings provider, HTTPRequest request, String what) throws Refused {
        request.setConnectTimeout(providers.timeoutMillis());
        request.setReadTimeout(providers.timeoutMillis());
        try {
            return request.send();
        } catch (IOException e) {
            throw new Refused(OidcRefusal.UNAVAILABLE, what + " unreachable: " + e, e);
        }
    }
}
