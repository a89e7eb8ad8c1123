package org.mutualportal.faq.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list every answer goes through on the server before it is stored, and again before it is shown:
 * answers are written by staff in a rich-text editor and shown to every visitor, and what the browser posts
 * is whatever the sender chose, so anything that could run (scripts, event-handler attributes,
 * {@code javascript:} links, styles, frames) is dropped and only simple structure remains — paragraphs, line
 * breaks, emphasis, lists, two levels of sub-headings and links to web or mail addresses, which always carry
 * {@code rel="noopener"}. The editor's way of writing lists is first turned into real lists, and pasted
 * {@code <b>}, {@code <i>} and headings of other levels into their kept equivalents ({@link EditorMarkup}), so
 * that "something was removed" means the author's content lost something.
 *
 * <h2>Usage</h2>
 * <pre>
 * AnswerSanitizer.Cleaned cleaned = AnswerSanitizer.clean(submitted);
 * if (cleaned.isEmpty()) { … nothing left to publish … }
 * </pre>
 */
public final class AnswerSanitizer {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "em", "ul", "ol", "li", "h3", "h4", "a")
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
        String safe = POLICY.sanitize(EditorMarkup.normalize(html), removals, null);
        // Written back by jsoup: the same tree, but with plain apostrophes and accents instead of the
        // sanitizer's numeric entities, so that staff read their own text when they edit it again.
        Document document = Jsoup.parseBodyFragment(safe);
        document.outputSettings().prettyPrint(false);
        return new Cleaned(document.body().html().strip(), removals.any);
    }

    /**
     * Whether two answers hold the same content once cleaned, whatever the line breaks between their blocks.
     * The editor drops the line breaks that the seed migrations put between paragraphs and list items, and an
     * answer opened and saved without a change must stay as it was stored.
     */
    public static boolean sameContent(String one, String other) {
        return withoutLayout(sanitize(one)).equals(withoutLayout(sanitize(other)));
    }

    /** The HTML without the blank lines between blocks, which a browser does not show. */
    private static String withoutLayout(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        for (Element block : document.body().select("body, ul, ol")) {
            for (TextNode text : block.textNodes()) {
                if (text.isBlank() && text.getWholeText().indexOf('\n') >= 0) {
                    text.remove();
                }
            }
        }
        return document.body().html();
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
