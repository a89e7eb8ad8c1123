/**
 * Sign-in through OpenID Connect providers: FranceConnect (or another provider) for members, the mutual's single
 * sign-on for staff ({@code staff}). Nothing is on unless {@code portal.oidc.<key>.issuer} and
 * {@code portal.oidc.<key>.client-id} are configured ({@link org.mutualportal.core.security.oidc.OidcProviders}).
 *
 * <p>Why the Nimbus OAuth 2.0 / OpenID Connect SDK rather than Jakarta Security's
 * {@code @OpenIdAuthenticationMechanismDefinition}: an application has one {@code HttpAuthenticationMechanism}, and
 * the portal's ({@code PortalAuthenticationMechanism}: password, e-mailed code, the API) must stay; the annotation
 * knows one provider while the portal has two kinds, has no step where a person proves which member they are before
 * a first sign-in, and none of FranceConnect's particulars (user information as a signed JWT, {@code acr_values},
 * its logout). So the protocol — state, nonce, PKCE, the ID token's checks — is done here with the library's
 * validators, no token is parsed by hand, and a verified person is signed in through the portal's own mechanism
 * ({@link org.mutualportal.core.security.oidc.OidcSignInCompletion}), with the same session, limits and notices as
 * a password.
 *
 * <p>A member's identity is linked to their account in {@code external_identity}; the first time, a module's page
 * ({@link org.mutualportal.api.security.IdentityLinking}) proves which member it is
 * ({@link org.mutualportal.api.security.ExternalIdentities}).
 */
package org.mutualportal.core.security.oidc;
