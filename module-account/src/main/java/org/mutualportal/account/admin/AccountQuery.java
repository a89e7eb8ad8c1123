package org.mutualportal.account.admin;

import java.util.Locale;
import org.mutualportal.api.security.AccountSearch;

/**
 * What an administrator typed in the account search, read as one of the three searches the indexes serve:
 * a membership number (digits, exact), a login (contains {@code @}, prefix) or a last name (prefix,
 * optionally followed by a first-name prefix: "leroy ma").
 */
record AccountQuery(Kind kind, String value, String firstToken, String rest) {

    /** Which search a text asks for. */
    enum Kind {
        NONE, NUMBER, LOGIN, NAME
    }

    static final int MAX_LENGTH = 100;

    static AccountQuery of(String typed) {
        if (typed == null || typed.isBlank()) {
            return new AccountQuery(Kind.NONE, null, null, null);
        }
        String text = typed.strip();
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
        }
        String compact = text.replaceAll("\\s+", "");
        if (!compact.isEmpty() && compact.chars().allMatch(Character::isDigit)) {
            return new AccountQuery(Kind.NUMBER, compact, null, null);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("@")) {
            return new AccountQuery(Kind.LOGIN, compact.toLowerCase(Locale.ROOT), null, null);
        }
        String name = lower.replaceAll("\\s+", " ");
        String[] words = name.split(" ", 2);
        return new AccountQuery(Kind.NAME, name, words[0], words.length > 1 ? words[1] : null);
    }

    /** The search to run; only for a query that asks for one (not {@link Kind#NONE}). */
    AccountSearch search() {
        return switch (kind) {
            case NUMBER -> AccountSearch.byMembershipNumber(value);
            case LOGIN -> AccountSearch.byLoginPrefix(value);
            case NAME -> AccountSearch.byName(firstToken, rest);
            case NONE -> throw new IllegalStateException("Nothing to search");
        };
    }
}
