package org.mutualportal.core.security;

import org.mutualportal.api.security.AccountStatus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A web account: the login of a member (at most one per member) or of the mutual's staff. It holds the
 * credentials and their protection (lockout), not the insurance data, which stays with the member.
 */
@Entity
@Table(name = "web_account")
public class WebAccountEntity implements org.mutualportal.api.security.WebAccount {

    /** The login identifier's longest form (an e-mail address). */
    public static final int LOGIN_LENGTH = org.mutualportal.api.security.WebAccount.LOGIN_LENGTH;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The member this account belongs to; {@code null} for staff and administrators. */
    @Column(name = "member_id", unique = true)
    private Long memberId;

    /** The login identifier, an e-mail address stored in lower case. */
    @Column(nullable = false, unique = true, length = LOGIN_LENGTH)
    private String login;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    /** Comma-separated roles. */
    @Column(nullable = false, length = 100)
    private String roles;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AccountStatus status;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "last_login_at")
    private OffsetDateTime lastLoginAt;

    @Column(name = "previous_login_at")
    private OffsetDateTime previousLoginAt;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    @Column(name = "last_failure_at")
    private OffsetDateTime lastFailureAt;

    /** Sessions opened before this instant are no longer valid (password reset, account deletion). */
    @Column(name = "sessions_valid_after")
    private OffsetDateTime sessionsValidAfter;

    @Version
    private long version;

    protected WebAccountEntity() {
    }

    public WebAccountEntity(Long memberId, String login, String passwordHash, Set<String> roles, AccountStatus status,
            OffsetDateTime createdAt) {
        this.memberId = memberId;
        this.login = normalizeLogin(login);
        this.passwordHash = passwordHash;
        this.roles = String.join(",", roles);
        this.status = status;
        this.createdAt = createdAt;
    }

    /** Logins compare case-insensitively and without surrounding blanks. */
    public static String normalizeLogin(String login) {
        return login == null ? null : login.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getLogin() {
        return login;
    }

    public void changeLogin(String newLogin) {
        this.login = normalizeLogin(newLogin);
    }

    /**
     * What {@code password_hash} holds for an account without a password (created through an identity provider):
     * no PBKDF2 hash has this form, so no password ever matches it.
     */
    public static final String NO_PASSWORD = "none";

    @Override
    public boolean hasPassword() {
        return !NO_PASSWORD.equals(passwordHash);
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public Set<String> getRoles() {
        return roles(roles);
    }

    /** The roles of the {@code roles} column (comma-separated), in their stored order. */
    static Set<String> roles(String column) {
        return Arrays.stream(column.split(",")).map(String::strip).filter(r -> !r.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public void changeRoles(Set<String> newRoles) {
        this.roles = String.join(",", newRoles);
    }

    public AccountStatus getStatus() {
        return status;
    }

    public void changeStatus(AccountStatus newStatus) {
        this.status = newStatus;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getLastLoginAt() {
        return lastLoginAt;
    }

    /** The sign-in before the current one, shown on the dashboard so a member notices a login that was not theirs. */
    public OffsetDateTime getPreviousLoginAt() {
        return previousLoginAt;
    }

    /** The last failed sign-in, kept after a success or a lock (unlike the count of consecutive failures). */
    public OffsetDateTime getLastFailureAt() {
        return lastFailureAt;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public OffsetDateTime getLockedUntil() {
        return lockedUntil;
    }

    public boolean isLocked(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public OffsetDateTime getSessionsValidAfter() {
        return sessionsValidAfter;
    }

    public void endSessionsBefore(OffsetDateTime instant) {
        this.sessionsValidAfter = instant;
    }

    void signedIn(OffsetDateTime now) {
        previousLoginAt = lastLoginAt;
        lastLoginAt = now;
        failedAttempts = 0;
        lockedUntil = null;
    }

    /**
     * Whether an attempt now comes too soon after the last failures: from {@code slowdownAfter} consecutive
     * failures on, each next attempt must wait 2, 4, 8… seconds. Such an attempt is refused unverified.
     */
    boolean isTooSoon(OffsetDateTime now, int slowdownAfter) {
        if (failedAttempts < slowdownAfter || lastFailureAt == null) {
            return false;
        }
        long wait = 1L << Math.min(failedAttempts - slowdownAfter + 1, 10);
        return now.isBefore(lastFailureAt.plusSeconds(wait));
    }

    /** Counts a failure; returns whether this failure locked the account. */
    boolean failed(OffsetDateTime now, int maxFailures, java.time.Duration lockFor) {
        failedAttempts++;
        lastFailureAt = now;
        if (failedAttempts >= maxFailures) {
            failedAttempts = 0;
            lockedUntil = now.plus(lockFor);
            return true;
        }
        return false;
    }

    public void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }
}
