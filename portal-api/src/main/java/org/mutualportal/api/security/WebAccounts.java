package org.mutualportal.api.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The web accounts: finding them, creating a member's, and changing credentials. Sign-in itself is the
 * core's; a module (self-service, account administration) calls this.
 *
 * <p>An application-scoped CDI bean. Methods that change an account require the caller's transaction
 * ({@code TxType.MANDATORY}), so that the change, its audit line and its e-mail commit together; the caller
 * audits what it did ({@link org.mutualportal.api.audit.AuditLog}). Reads join the caller's transaction when
 * there is one.
 *
 * @since 1.0
 */
public interface WebAccounts {

    /**
     * The account with this login.
     *
     * @param login as typed (trimmed and compared in lower case); may be {@code null}
     * @return the account, or empty
     */
    Optional<WebAccount> byLogin(String login);

    /**
     * A member's account.
     *
     * @param memberId the member
     * @return the account, or empty when the member has none
     */
    Optional<WebAccount> byMember(long memberId);

    /**
     * The active accounts of many members, in one query (notifications after an import of thousands of
     * payments).
     *
     * @param memberIds the members; may be empty
     * @return the active accounts, by member id; never {@code null}
     */
    Map<Long, WebAccount> activeByMembers(Collection<Long> memberIds);

    /**
     * An account by id.
     *
     * @param accountId the id
     * @return the account, or empty
     */
    Optional<WebAccount> find(long accountId);

    /**
     * A page of the accounts a search finds, by login, for the administrators' lists: one query for the page
     * and one for the membership numbers of its members, whatever the page's size.
     *
     * @param search what to look for
     * @param first the index of the page's first account, from 0
     * @param max the most accounts to return
     * @return never {@code null}; empty past the last account
     */
    List<AccountSummary> search(AccountSearch search, int first, int max);

    /**
     * How many accounts a search finds.
     *
     * @param search what to look for
     * @return the count
     */
    long count(AccountSearch search);

    /**
     * One account as the administrators' lists show it.
     *
     * @param accountId the account
     * @return the summary, or empty when no account has this id
     */
    Optional<AccountSummary> summary(long accountId);

    /**
     * Creates a member's account waiting for activation.
     *
     * @param memberId a member without an account
     * @param login a normalized e-mail address no account uses
     * @param passwordHash from {@link #hash(char[])}
     * @return the new account, its id assigned
     */
    WebAccount createForMember(long memberId, String login, String passwordHash);

    /**
     * Creates a member's account without a password, for a person who proved both who they are (at an identity
     * provider, {@link ExternalIdentities}) and which member they are (the card check). It waits for activation: its
     * login is an address nobody confirmed yet, so the caller sends the activation link to it. Meanwhile its holder
     * signs in through the provider (a provider's sign-in opens an account waiting for activation, never a closed
     * one); a password, which they may choose later in "Mon compte", works once the address is confirmed.
     *
     * @param memberId a member without an account
     * @param login a normalized e-mail address no account uses
     * @return the new account, waiting for activation, its id assigned
     * @since 1.3
     */
    WebAccount createPasswordlessForMember(long memberId, String login);

    /**
     * Creates an account for the mutual's staff: it has no usable password until its holder sets one through
     * "mot de passe oublié".
     *
     * @param login a normalized e-mail address no account uses
     * @param roles among {@link Roles#STAFF} and {@link Roles#ADMIN}
     * @return the new account, active, its id assigned
     */
    WebAccount createForStaff(String login, java.util.Set<String> roles);

    /**
     * Activates an account waiting for activation; does nothing otherwise.
     *
     * @param accountId the account
     */
    void activate(long accountId);

    /**
     * Whether a password is the account's (a second check before a sensitive change). Costs one password
     * hash (about a tenth of a second by design).
     *
     * @param accountId the account
     * @param password as typed; may be {@code null}
     * @return {@code true} when it matches
     */
    boolean passwordMatches(long accountId, char[] password);

    /**
     * The hash of a new password, in the portal's current scheme.
     *
     * @param password as typed, already checked against the password rules
     * @return the hash, to give to {@link #changePassword} or {@link #createForMember}
     */
    String hash(char[] password);

    /**
     * Sets a new password, unlocks the account, and ends every session opened before now.
     *
     * @param accountId the account
     * @param newHash from {@link #hash(char[])}
     * @return the account as changed
     */
    WebAccount changePassword(long accountId, String newHash);

    /**
     * Changes the login.
     *
     * @param accountId the account
     * @param newLogin a normalized e-mail address no account uses
     */
    void changeLogin(long accountId, String newLogin);

    /**
     * Replaces a staff account's roles. Its sessions opened before now end, whatever changed, so that a withdrawn
     * role stops at once — unless the account is the acting user's own, whose sessions go on (with the roles they
     * signed in with).
     *
     * @param accountId the account
     * @param roles among {@link Roles#STAFF} and {@link Roles#ADMIN}; any other role is ignored
     * @return the account as changed
     */
    WebAccount changeRoles(long accountId, java.util.Set<String> roles);

    /**
     * Lifts a lock after failed sign-ins.
     *
     * @param accountId the account
     */
    void unlock(long accountId);

    /**
     * Closes an account: no more sign-in, every session ends.
     *
     * @param accountId the account
     */
    void close(long accountId);

    /**
     * Reopens a closed account.
     *
     * @param accountId the account
     */
    void reopen(long accountId);

    /**
     * Removes the account (its known devices go with it); the member's insurance records stay.
     *
     * @param accountId the account; nothing happens when it does not exist
     */
    void delete(long accountId);
}
