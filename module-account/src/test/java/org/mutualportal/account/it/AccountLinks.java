package org.mutualportal.account.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.mutualportal.core.testing.TestMembers;
import org.mutualportal.testing.WebClient.Page;

/**
 * What the account module's tests read from mails and pages: the token of a link, the last mail queued for an
 * address, the error shown next to a field, and a login nobody else uses. Static, so that both the test JVM and
 * the container (the deployment adds this class) use it.
 */
public final class AccountLinks {

    private static final Pattern TOKEN = Pattern.compile("\\?token=([A-Za-z0-9_-]+)");

    private AccountLinks() {
    }

    /** The token of the first link in a mail's text. */
    public static String token(String text) {
        Matcher matcher = TOKEN.matcher(text);
        assertThat(matcher.find()).as("a link with a token in:\n" + text).isTrue();
        return matcher.group(1);
    }

    /** An address no other test uses. */
    public static String unique(String name) {
        return name + "-" + System.nanoTime() + "@example.fr";
    }

    /** In the container: the text of the last mail queued for an address (the outbox holds what GreenMail receives). */
    public static String lastOutboxText(DataSource portalDatabase, String recipient) {
        return TestMembers.in(portalDatabase)
                .text("select text_body from outbox_mail where recipient = ? order by id desc limit 1", recipient);
    }

    /** The message shown next to the input of that client id, empty when none. */
    public static String fieldError(Page page, String id) {
        return page.html().select(".field:has([id='" + id + "']) .ui-message-error").text();
    }
}
