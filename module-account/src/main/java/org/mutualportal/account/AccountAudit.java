package org.mutualportal.account;

import org.mutualportal.api.audit.AuditAction;

/**
 * The actions the account module audits. The codes are those the audit trail has always held: administrators
 * search them, so a constant is renamed only with its code kept.
 */
public enum AccountAudit implements AuditAction {
    // Registration and activation
    REGISTRATION_REQUESTED,
    REGISTRATION_MISMATCH,
    REGISTRATION_ALREADY_REGISTERED,
    REGISTRATION_ADDRESS_IN_USE,
    ACCOUNT_ACTIVATED,
    // Recovery
    PASSWORD_RESET_REQUESTED,
    PASSWORD_RESET_UNKNOWN,
    PASSWORD_RESET,
    /** Asked for an account without a password: told to sign in through its provider, no reset link. */
    PASSWORD_RESET_NO_PASSWORD,
    // "Mon compte"
    LOGIN_CHANGE_REQUESTED,
    LOGIN_CHANGED,
    EMAIL_CHANGE_REQUESTED,
    EMAIL_CHANGED,
    EMAIL_CHANGE_CANCELLED,
    PASSWORD_CHANGED,
    ACCOUNT_DELETED,
    DATA_EXPORTED,
    /** A first password, set by an account created through an identity provider. */
    PASSWORD_SET,
    // Identity providers (FranceConnect…): the detail names the provider's key
    PROVIDER_LINKED,
    PROVIDER_ACCOUNT_CREATED,
    PROVIDER_UNLINKED,
    // Administration of accounts
    ACCOUNTS_SEARCHED,
    ACCOUNT_VIEWED,
    ACCOUNT_UNLOCKED,
    ACTIVATION_RESENT,
    STAFF_ACCOUNT_CREATED,
    STAFF_ROLES_CHANGED,
    STAFF_ACCOUNT_DISABLED,
    STAFF_ACCOUNT_ENABLED;

    @Override
    public String code() {
        return name();
    }
}
