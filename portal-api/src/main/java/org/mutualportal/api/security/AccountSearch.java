package org.mutualportal.api.security;

import java.io.Serializable;
import java.util.Objects;

/**
 * What the administrators look web accounts up by: one of the searches the database's indexes serve, so that
 * a search over hundreds of thousands of accounts reads one page at a time. Matching ignores case; wildcards
 * ({@code %}, {@code _}) in the text are taken literally.
 *
 * <h2>Usage</h2>
 * <pre>
 * AccountSearch search = AccountSearch.byName("leroy", "ma");
 * long total = accounts.count(search);
 * List&lt;AccountSummary&gt; page = accounts.search(search, 0, 20);
 * </pre>
 *
 * @param kind which search
 * @param text the membership number, the start of the login or the start of the last name; {@code null} for
 *        {@link Kind#STAFF}
 * @param firstName for {@link Kind#NAME}: the words typed after the first one, or {@code null}
 * @see WebAccounts#search(AccountSearch, int, int)
 * @since 1.0
 */
public record AccountSearch(Kind kind, String text, String firstName) implements Serializable {

    /** The searches the accounts' indexes serve. */
    public enum Kind {
        /** The account of the member holding a membership number, exactly (spaces ignored). */
        MEMBERSHIP_NUMBER,
        /** Accounts whose login starts with the text. */
        LOGIN_PREFIX,
        /** Members' accounts by the start of the last name, and optionally of the first name. */
        NAME,
        /** The accounts of the mutual's staff (no member behind them). */
        STAFF
    }

    /**
     * Checks the search is complete.
     *
     * @param kind which search
     * @param text required but for {@link Kind#STAFF}
     * @param firstName only for {@link Kind#NAME}; may be {@code null}
     * @throws NullPointerException when {@code kind}, or the text a kind needs, is missing
     */
    public AccountSearch {
        Objects.requireNonNull(kind, "kind");
        if (kind != Kind.STAFF) {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * The account of the member holding a membership number.
     *
     * @param number as printed on the card; spaces are ignored
     * @return the search
     */
    public static AccountSearch byMembershipNumber(String number) {
        return new AccountSearch(Kind.MEMBERSHIP_NUMBER, number.replaceAll("\\s+", ""), null);
    }

    /**
     * The accounts whose login starts with a text.
     *
     * @param start the start of the login, in any case
     * @return the search
     */
    public static AccountSearch byLoginPrefix(String start) {
        return new AccountSearch(Kind.LOGIN_PREFIX, start.strip(), null);
    }

    /**
     * Members' accounts by name, as an administrator types it: "leroy", or "leroy ma". With a second part, an
     * account matches when the member's last name starts with both parts joined by a space (a compound name
     * typed in full: "le goff") or when the last name starts with the first part and the first name with the
     * second.
     *
     * @param lastName the start of the last name
     * @param firstName the words typed after it; {@code null} or blank when none
     * @return the search
     */
    public static AccountSearch byName(String lastName, String firstName) {
        return new AccountSearch(Kind.NAME, lastName.strip(),
                firstName == null || firstName.isBlank() ? null : firstName.strip());
    }

    /**
     * The staff's accounts.
     *
     * @return the search
     */
    public static AccountSearch staff() {
        return new AccountSearch(Kind.STAFF, null, null);
    }
}
