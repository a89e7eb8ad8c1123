package org.mutualportal.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeedCursorTest {

    @Test
    void aCursorHandedOutIsReadBack() {
        FeedCursor cursor = new FeedCursor(74_120, 1_587);

        assertThat(FeedCursor.parse(cursor.toString())).contains(cursor);
    }

    @Test
    void noCursorStartsAPollFromTheBeginning() {
        assertThat(FeedCursor.parse(null)).contains(FeedCursor.START);
        assertThat(FeedCursor.parse(" ")).contains(FeedCursor.START);
    }

    @Test
    void anythingElseIsRefused() {
        assertThat(FeedCursor.parse("1587")).isEmpty();
        assertThat(FeedCursor.parse("-1.5")).isEmpty();
        assertThat(FeedCursor.parse("1.2.3")).isEmpty();
        assertThat(FeedCursor.parse("9999999999999999999.1")).isEmpty();
    }
}
