package org.mutualportal.faq.content;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list every answer goes through on the server before it is stored, and again before it is shown:
 * answers are written by staff in a rich-text field and shown to every visitor, so anything that could run
 * (scripts, event-handler attributes, {@code javascript:} links, styles, frames) is dropped and only simple
 * structure remains — paragraphs, line breaks, emphasis, lists, two levels of sub-headings and links to
 * web or mail addresses, which always carry {@code rel="noopener"}. {@code <b>} and {@code <i>}, which
 * pasted text often holds, become {@code <strong>} and {@code <em>}.
 *
 * <h2>Usage</h2>
 * <pre>
 * AnswerSanitizer.Cleaned cleaned = AnswerSanitizer.clean(submitted);
 * if (cleaned.isEmpty()) { … nothing left to publish … }
 * </pre>
 */
public final class AnswerSanitizer {

    private static final List<String> ALLOWED = List.of("p", "br", "strong", "em", "ul", "ol", "li", "h3", "h4", "a");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(ALLOWED.toArray(String[]::new))
            .allowElements((name, attributes) -> "strong", "b")
            .allowElements((name, attributes) -> "em", "i")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("noopener")
            .toFactory();

    private AnswerSanitizer() {
    }

    /** The HTML that may be stored and shown. */
    public static String sanitize(String html) {
        return clean(html).html();
    }

    /** The allowed HTML, and whether anything was taken out (to tell the author). */
    public static Cleaned clean(String html) {
        if (html == null || html.isBlank()) {
            return new Cleaned("", false);
        }
        Removals removals = new Removals();
        String safe = POLICY.sanitize(html, removals, null);
        // Written back by jsoup: the same tree, but with plain apostrophes and accents instead of the
        // sanitizer's numeric entities, so that staff read their own text when they edit it again.
        Document document = Jsoup.parseBodyFragment(safe);
        document.outputSettings().prettyPrint(false);
        return new Cleaned(document.body().html().strip(), removals.any);
    }

    /** The elements answers may hold, for the editing help. */
    public static List<String> allowedElements() {
        return ALLOWED;
    }

    /**
     * The result of cleaning.
     *
     * @param html the allowed HTML
     * @param removedSomething whether elements or attributes outside the allow-list were dropped
     */
    public record Cleaned(String html, boolean removedSomething) {

        /** Whether no readable text is left (only markup, or nothing at all). */
        public boolean isEmpty() {
            return Jsoup.parseBodyFragment(html).body().text().isBlank();
        }
    }

    private static final class Removals implements HtmlChangeListener<Object> {
        private boolean any;

        @Override
        public void discardedTag(Object context, String elementName) {
            any = true;
        }

        @Override
        public void discardedAttributes(Object context, String tagName, String... attributeNames) {
            any = true;
        }
    }
}
