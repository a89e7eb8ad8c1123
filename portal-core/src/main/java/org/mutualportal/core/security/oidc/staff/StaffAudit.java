package org.mutualportal.core.security.oidc.staff;

import org.mutualportal.api.audit.AuditAction;

/**
 * What the staff's single sign-on records: accounts it creates or links, roles it changes or withdraws, sign-ins it
 * refuses, and password sign-ins refused because staff sign in through the company's provider (all of them, or this
 * account, linked there). The detail names the
 * provider and the roles, never a token.
 */
public enum StaffAudit implements AuditAction {
    /** A staff account created at its holder's first sign-in through the provider. */
    STAFF_SSO_ACCOUNT_CREATED,
    /** An existing staff account (same login) linked to the person at the provider. */
    STAFF_SSO_ACCOUNT_LINKED,
    /** The roles the provider's claim gives replaced the account's. */
    STAFF_SSO_ROLES_CHANGED,
    /** The claim gives no staff role any more: the account lost its roles and the sign-in was refused. */
    STAFF_SSO_ROLES_WITHDRAWN,
    /** A sign-in through the provider refused (a member's login, no role, no usable login, closed account). */
    STAFF_SSO_REFUSED,
    /** A staff password sign-in refused: staff sign in through the company's provider ({@code portal.login.staff-password=false}). */
    LOGIN_REFUSED_STAFF_PASSWORD_OFF,
    /** A password sign-in refused: the account is linked at a staff provider, through which alone it signs in. */
    LOGIN_REFUSED_STAFF_LINKED;

    @Override
    public String code() {
        return name();
    }
}
