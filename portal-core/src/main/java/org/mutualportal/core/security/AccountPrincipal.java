package org.mutualportal.core.security;

import jakarta.security.enterprise.CallerPrincipal;

/** The principal of a signed-in web account; its name ({@code account:<id>}) carries no personal data. */
public class AccountPrincipal extends CallerPrincipal {

    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final Long memberId;

    public AccountPrincipal(long accountId, Long memberId) {
        super("account:" + accountId);
        this.accountId = accountId;
        this.memberId = memberId;
    }

    public long accountId() {
        return accountId;
    }

    public Long memberId() {
        return memberId;
    }
}
