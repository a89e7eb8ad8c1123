package org.mutualportal.core.exchange;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A position in the request feed: the inserting transaction's id and the request's id, the feed's order
 * ({@code feed_txid, id}). Opaque to the management system, which passes back what it was given.
 */
public record FeedCursor(long txid, long id) {

    public static final FeedCursor START = new FeedCursor(-1, -1);

    private static final Pattern SHAPE = Pattern.compile("(\\d{1,18})\\.(\\d{1,18})");

    /** The cursor given by a client; empty when it is not one the feed handed out. */
    public static Optional<FeedCursor> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(START);
        }
        Matcher matcher = SHAPE.matcher(text.strip());
        return matcher.matches()
                ? Optional.of(new FeedCursor(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2))))
                : Optional.empty();
    }

    @Override
    public String toString() {
        return txid + "." + id;
    }
}
