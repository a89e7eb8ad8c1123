package org.mutualportal.faq.search;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Wraps the words that matched a search in {@code <mark>}, inside the text nodes of already-sanitized HTML:
 * working on the parsed tree, never on the HTML string, a match can neither cut a tag in two nor let the
 * visitor's query into the markup (the marked text is the page's own text, escaped when written out).
 */
public final class Highlighter {

    private Highlighter() {
    }

    /** Marks the matches under {@code root}; returns how many were marked. */
    public static int highlight(Element root, SearchTerms terms) {
        if (terms.isEmpty()) {
            return 0;
        }
        int marked = 0;
        for (TextNode node : textNodes(root)) {
            String text = node.getWholeText();
            List<int[]> ranges = terms.highlights(Folding.fold(text));
            if (ranges.isEmpty()) {
                continue;
            }
            List<Node> pieces = new ArrayList<>();
            int at = 0;
            for (int[] range : ranges) {
                if (range[0] > at) {
                    pieces.add(new TextNode(text.substring(at, range[0])));
                }
                Element mark = new Element("mark");
                mark.appendText(text.substring(range[0], range[1]));
                pieces.add(mark);
                at = range[1];
                marked++;
            }
            if (at < text.length()) {
                pieces.add(new TextNode(text.substring(at)));
            }
            for (Node piece : pieces) {
                node.before(piece);
            }
            node.remove();
        }
        return marked;
    }

    /** Every text node under {@code root}, collected first so that callers may replace them. */
    static List<TextNode> textNodes(Element root) {
        List<TextNode> texts = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            texts.addAll(element.textNodes());
        }
        return texts;
    }
}
