package org.mutualportal.account.token;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A single-use link sent by e-mail (activation, password reset, change of login or of contact address, and the
 * link that cancels the latter). Only the SHA-256 of the token is stored: a copy of the database does not open
 * anyone's account.
 */
@Entity
@Table(name = "account_token")
public class AccountToken {

    /** What a token is for. */
    public enum Purpose {
        ACTIVATION, PASSWORD_RESET, LOGIN_CHANGE,
        /** Sent to a new contact address: following it makes it the member's e-mail. */
        EMAIL_CHANGE,
        /** Sent to the contact address being replaced: following it cancels the pending change. */
        EMAIL_CHANGE_CANCEL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Purpose purpose;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    /** For a change of login or of contact address: the new address, confirmed by following the link sent to it. */
    @Column(name = "new_address", length = 254)
    private String newAddress;

    /** For a change of contact address: the address it replaces, as it was when the change was asked. */
    @Column(name = "previous_address", length = 254)
    private String previousAddress;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    protected AccountToken() {
    }

    AccountToken(long accountId, Purpose purpose, String tokenHash, String newAddress, String previousAddress,
            OffsetDateTime createdAt, OffsetDateTime expiresAt) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.newAddress = newAddress;
        this.previousAddress = previousAddress;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public String getNewAddress() {
        return newAddress;
    }

    public String getPreviousAddress() {
        return previousAddress;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public boolean isExpired(OffsetDateTime now) {
        return !now.isBefore(expiresAt);
    }

    void use(OffsetDateTime now) {
        usedAt = now;
    }
}
