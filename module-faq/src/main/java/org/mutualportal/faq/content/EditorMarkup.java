package org.mutualportal.faq.content;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns the markup of the staff's rich-text editor (Quill 2, inside PrimeFaces' {@code p:textEditor}) into
 * plain HTML before the allow-list judges it. Quill writes every list as {@code <ol>} and tells bullets from
 * numbers with {@code data-list} on each item, marks nesting with {@code ql-indent-N} classes instead of nested
 * lists, puts an empty {@code <span class="ql-ui">} in each item for its markers, and gives every link
 * {@code target="_blank"} and its own {@code rel}; text pasted from elsewhere brings {@code <b>}, {@code <i>}
 * and headings of any level. Left as they are, bullet lists would lose their kind (the allow-list keeps no
 * {@code data-list}) and most answers would look "cleaned" to their author. This step only restructures,
 * renames to the kept equivalent and drops that plumbing; it never decides what is safe: the
 * {@link AnswerSanitizer} policy still judges everything that comes out of it.
 */
final class EditorMarkup {

    private static final Pattern INDENT = Pattern.compile("(?:^|\\s)ql-indent-(\\d{1,2})(?:\\s|$)");
    private static final int DEEPEST = 8;
    /** Pasted tags with a kept equivalent: bold and italic, and headings of the levels the answers do not use. */
    private static final Map<String, String> EQUIVALENTS = Map.of("b", "strong", "i", "em",
            "h1", "h3", "h2", "h3", "h5", "h4", "h6", "h4");

    private EditorMarkup() {
    }

    /** The same content with Quill's lists as real {@code <ul>}/{@code <ol>} trees and its plumbing removed. */
    static String normalize(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        Element body = document.body();
        body.select("span.ql-ui:empty").remove();
        for (Element list : body.select("ol:has(> li[data-list]), ul:has(> li[data-list])")) {
            rebuild(list);
        }
        for (Element element : body.select(String.join(", ", EQUIVALENTS.keySet()))) {
            element.tagName(EQUIVALENTS.get(element.normalName()));
        }
        for (Element element : body.select("[class]")) {
            if (element.classNames().stream().allMatch(name -> name.startsWith("ql-"))) {
                element.removeAttr("class");
            }
        }
        for (Element link : body.select("a")) {
            link.removeAttr("rel");
            if ("_blank".equalsIgnoreCase(link.attr("target").strip())) {
                link.removeAttr("target");
            }
        }
        return body.html();
    }

    /**
     * Replaces one flat Quill list by the lists it stands for: consecutive items of the same kind and depth
     * share a list, a deeper item opens a list inside the item above it.
     */
    private static void rebuild(Element flat) {
        Deque<Level> open = new ArrayDeque<>();
        Element anchor = flat;
        List<Element> items = flat.children().stream().filter(child -> child.nameIs("li")).toList();
        for (Element item : items) {
            int depth = depth(item);
            String tag = kind(item, flat.tagName());
            while (!open.isEmpty() && (open.peek().depth() > depth
                    || (open.peek().depth() == depth && !open.peek().list().nameIs(tag)))) {
                open.pop();
            }
            if (open.isEmpty() || open.peek().depth() < depth) {
                Element list = new Element(tag);
                if (open.isEmpty()) {
                    anchor.after(list);
                    anchor = list;
                } else {
                    Element parent = open.peek().list();
                    Element lastItem = parent.children().last();
                    (lastItem == null ? parent : lastItem).appendChild(list);
                }
                open.push(new Level(list, depth));
            }
            item.removeAttr("data-list");
            open.peek().list().appendChild(item);
        }
        flat.remove();
    }

    private static String kind(Element item, String fallback) {
        return switch (item.attr("data-list")) {
            case "ordered" -> "ol";
            case "bullet", "checked", "unchecked" -> "ul";
            default -> fallback;
        };
    }

    private static int depth(Element item) {
        Matcher matcher = INDENT.matcher(item.className());
        return matcher.find() ? Math.min(Integer.parseInt(matcher.group(1)), DEEPEST) : 0;
    }

    private record Level(Element list, int depth) {
    }
}
