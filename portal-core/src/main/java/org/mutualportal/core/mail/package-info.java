/**
 * E-mail for every module: French templates rendered into a persistent outbox in the caller's transaction,
 * delivered with retries by a scheduled sender that is safe on a cluster.
 */
package org.mutualportal.core.mail;
