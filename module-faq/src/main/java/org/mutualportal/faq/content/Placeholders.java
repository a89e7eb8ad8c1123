package org.mutualportal.faq.content;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values that answers quote but that belong to the mutual and its contracts — its name and phone number, the
 * age until which a child stays on a parent's contract… — written in the stored text as {@code [[key]]} and
 * replaced when the text is shown, so that a change of contract terms is a configuration change, not an
 * edit of every answer. Unknown keys are left as they are, so a typo shows instead of vanishing.
 * (Not {@code {{key}}}: the HTML sanitizer breaks double braces, a template-injection vector elsewhere.)
 *
 * <h2>Usage</h2>
 * <pre>
 * new Placeholders(Map.of("child-age-limit", "20")).apply("jusqu'à ses [[child-age-limit]] ans")
 * </pre>
 */
public final class Placeholders {

    private static final Pattern KEY = Pattern.compile("\\[\\[\\s*([a-z0-9-]+)\\s*]]");

    private final Map<String, String> values;

    public Placeholders(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** Replaces the known placeholders of a plain text (not HTML: the values are not escaped here). */
    public String apply(String text) {
        if (text == null || text.indexOf("[[") < 0) {
            return text;
        }
        Matcher matcher = KEY.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(result, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    /** The keys staff may use, for the editing help. */
    public java.util.SortedSet<String> keys() {
        return new java.util.TreeSet<>(values.keySet());
    }
}
