package org.mutualportal.api.security;

import java.util.List;
import java.util.Optional;

/**
 * Sign-in through an identity provider (FranceConnect, or another OpenID Connect provider): the identities linked
 * to web accounts, and the one waiting in this browser to be linked. The protocol (authorization code flow, state,
 * nonce, PKCE, ID token checks, the provider's logout) is the core's; a module only proves which member a pending
 * identity is — on the page it declares as {@link IdentityLinking} — and shows or removes an account's links.
 *
 * <p>An application-scoped CDI bean. {@link #linkPending} requires the caller's transaction
 * ({@code TxType.MANDATORY}), so that the link, its audit line and its e-mail commit together; the caller audits
 * what it did. Reads join the caller's transaction when there is one.
 *
 * <h2>Usage, on the linking page</h2>
 * <pre>
 * VerifiedIdentity person = externalIdentities.pending().orElseThrow(NotFoundException::new);
 * // … the member number typed matches person.familyName(), person.firstGivenName(), person.birthDate() …
 * externalIdentities.linkPending(account.getId());   // in the caller's transaction
 * // after the commit: redirect to externalIdentities.signInAddress()
 * </pre>
 *
 * @since 1.3
 */
public interface ExternalIdentities {

    /**
     * The identity a provider vouched for in this browser that no account is linked to yet. It lasts a few minutes
     * and only in the browser's session.
     *
     * @return the identity, or empty
     */
    Optional<VerifiedIdentity> pending();

    /**
     * Links the pending identity to an account. An identity links to one account only; an account has at most one
     * link per provider (a new one replaces the former).
     *
     * @param accountId a member's account
     * @return the new link
     * @throws IllegalStateException when no identity is pending
     */
    ExternalLink linkPending(long accountId);

    /**
     * Where to send the browser once the pending identity is linked and committed: the core signs the browser in
     * to the linked account from there (context-relative, starting with {@code /}).
     *
     * @return the address
     */
    String signInAddress();

    /**
     * An account's links, oldest first.
     *
     * @param accountId the account
     * @return never {@code null}
     */
    List<ExternalLink> linksOf(long accountId);

    /**
     * Removes one of an account's links: the next sign-in through that provider asks again which member it is.
     *
     * @param accountId the account the link must belong to
     * @param linkId the link
     * @return {@code false} when the account has no such link (nothing changed)
     */
    boolean unlink(long accountId, long linkId);

    /**
     * When the current session was opened through an identity provider: a page that changes how one signs in (a
     * first password, deleting the account) may ask for a recent one instead of a password the account does not
     * have.
     *
     * @return the instant of that sign-in; empty when the session was opened with a password, or for no session
     */
    Optional<java.time.Instant> providerSignInAt();

    /**
     * Where to send the browser to sign in again through the provider the current session was opened with, then
     * come back.
     *
     * @param next the context-relative page to come back to (starting with {@code /})
     * @return the address (context-relative); empty when the session was not opened through a provider
     */
    Optional<String> signInAgainAddress(String next);
}
