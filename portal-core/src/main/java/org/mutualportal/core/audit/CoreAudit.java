package org.mutualportal.core.audit;

import org.mutualportal.api.audit.AuditAction;
import org.mutualportal.api.security.AccountStatus;

/** The actions the core audits: sign-in and sessions, access, staff reads of requests, administration. */
public enum CoreAudit implements AuditAction {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGIN_REFUSED_LOCKED,
    LOGIN_REFUSED_TOO_SOON,
    LOGIN_REFUSED_PENDING_ACTIVATION,
    LOGIN_REFUSED_CLOSED,
    ACCOUNT_LOCKED,
    PASSWORD_REHASHED,
    SIGN_IN_CODE_SENT,
    SIGN_IN_CODE_FAILED,
    SIGN_IN_CODE_EXPIRED,
    NEW_DEVICE,
    LOGOUT,
    OIDC_SIGNED_IN,
    OIDC_REFUSED,
    OIDC_IDENTITY_PENDING,
    ACCESS_DENIED,
    REQUEST_READ,
    ATTACHMENT_READ,
    REQUEST_TAKEN,
    REQUEST_ANSWERED,
    REQUEST_CLOSED,
    REQUEST_STAGE,
    REQUEST_RECORDED,
    MODULE_ENABLED,
    MODULE_DISABLED,
    MAIL_RETRIED,
    AUDIT_EXPORTED,
    SOURCE_REFUSED,
    SOURCE_LIFTED;

    @Override
    public String code() {
        return name();
    }

    /** The refusal of a sign-in to an account that is not active. */
    public static CoreAudit loginRefused(AccountStatus status) {
        return status == AccountStatus.CLOSED ? LOGIN_REFUSED_CLOSED : LOGIN_REFUSED_PENDING_ACTIVATION;
    }
}
