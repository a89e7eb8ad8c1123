package org.mutualportal.faq.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.mutualportal.faq.content.AnswerSanitizer;
import org.mutualportal.faq.content.FaqQuestion;
import org.mutualportal.faq.content.FaqSettings;
import org.mutualportal.faq.content.Placeholders;

/**
 * The published FAQ as the public and member pages show it, whole or filtered by a search. The FAQ is a few
 * dozen questions at most: they are read in one query and searched in memory, on the text the reader sees
 * (placeholders replaced, markup aside) — which a database search over the stored HTML could not do.
 */
@ApplicationScoped
public class FaqSearch {

    @PersistenceContext(unitName = "faq")
    EntityManager em;

    @Inject
    FaqSettings settings;

    public FaqResults search(String query) {
        SearchTerms terms = SearchTerms.parse(query);
        Placeholders placeholders = settings.placeholders();
        List<FaqQuestion> published = em.createQuery("""
                select q from FaqQuestion q join fetch q.theme t
                where q.published = true
                order by t.position, q.position""", FaqQuestion.class)
                .getResultList();
        Map<Long, List<FaqEntry>> byTheme = new LinkedHashMap<>();
        Map<Long, FaqQuestion> firstOfTheme = new LinkedHashMap<>();
        int count = 0;
        for (FaqQuestion question : published) {
            FaqEntry entry = render(question.getId(), question.getQuestion(), question.getAnswerHtml(), placeholders, terms);
            if (entry != null) {
                byTheme.computeIfAbsent(question.getTheme().getId(), id -> new ArrayList<>()).add(entry);
                firstOfTheme.putIfAbsent(question.getTheme().getId(), question);
                count++;
            }
        }
        List<ThemeGroup> groups = new ArrayList<>();
        byTheme.forEach((themeId, entries) -> {
            var theme = firstOfTheme.get(themeId).getTheme();
            groups.add(new ThemeGroup(theme.getCode(), theme.getTitle(), entries));
        });
        return new FaqResults(terms.isEmpty() ? null : query.strip(), groups, count);
    }

    /** The entry as shown, or {@code null} when it does not match the search. */
    static FaqEntry render(long id, String question, String answerHtml, Placeholders placeholders, SearchTerms terms) {
        Document answer = fragment(AnswerSanitizer.sanitize(answerHtml));
        replacePlaceholders(answer.body(), placeholders);
        Document title = fragment("");
        Element span = title.body().appendElement("span");
        span.appendText(placeholders.apply(question));
        if (!terms.matches(Folding.text(span.text() + " \n " + answer.body().text()))) {
            return null;
        }
        Highlighter.highlight(span, terms);
        Highlighter.highlight(answer.body(), terms);
        return new FaqEntry(id, span.html(), answer.body().html(), !terms.isEmpty());
    }

    private static Document fragment(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        return document;
    }

    private static void replacePlaceholders(Element root, Placeholders placeholders) {
        for (TextNode text : Highlighter.textNodes(root)) {
            String replaced = placeholders.apply(text.getWholeText());
            if (!replaced.equals(text.getWholeText())) {
                text.text(replaced);
            }
        }
    }
}
