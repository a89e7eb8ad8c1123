/**
 * The member's scope: who is signed in, their memberships and beneficiaries (read-only), the directory for staff and imports, coordinate changes, subscriptions and the collective-contract guard.
 *
 * @since 1.0
 */
package org.mutualportal.api.member;
