/**
 * E-mail, through the outbox: queued in the caller's transaction, delivered and retried by the core.
 *
 * @since 1.0
 */
package org.mutualportal.api.mail;
