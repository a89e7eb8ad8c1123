package org.mutualportal.api.security;

/**
 * Optional contribution of a module: the page where a person who signed in through an identity provider, and
 * whose identity is linked to no account, proves which member they are ({@link ExternalIdentities#pending()}).
 * Without it, such a person gets a French message page and no session.
 *
 * <p>An application-scoped CDI bean; the core uses the first one it finds.
 *
 * @since 1.3
 */
public interface IdentityLinking {

    /**
     * The linking page, context-relative (for example {@code /public/account/link-identity.xhtml}). It must be a
     * public page: the person is not signed in yet.
     *
     * @return the page
     */
    String page();
}
