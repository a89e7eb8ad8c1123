/**
 * Signing in through an identity provider (FranceConnect…): proving which member a person the provider vouched for
 * is (the card check of "Créer mon espace"), linking or creating their account, and the links in "Mon compte".
 * The protocol itself is the core's ({@link org.mutualportal.api.security.ExternalIdentities}).
 */
package org.mutualportal.account.link;
