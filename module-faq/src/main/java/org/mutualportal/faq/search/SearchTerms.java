package org.mutualportal.faq.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a visitor typed in the search box, as words to find. A question matches when every word appears at
 * the start of a word of its question or answer ("enfant" finds "enfants", not "l'infanterie"), accents and
 * case aside. Short grammatical words ("de", "la", "mon"…) are ignored unless nothing else was typed, so
 * that "changer de médecin" finds the answer without lighting up every "de" of the page.
 *
 * <h2>Usage</h2>
 * <pre>
 * SearchTerms terms = SearchTerms.parse("Médecin TRAITANT");
 * terms.matches(Folding.text(question + " " + answer));
 * </pre>
 */
public final class SearchTerms {

    /** Longest query read; the page's field has the same limit. */
    public static final int MAX_QUERY = 100;
    private static final int MAX_TERMS = 8;
    private static final Set<String> STOP_WORDS = loadStopWords();

    private final List<String> terms;

    private SearchTerms(List<String> terms) {
        this.terms = List.copyOf(terms);
    }

    public static SearchTerms parse(String query) {
        if (query == null || query.isBlank()) {
            return new SearchTerms(List.of());
        }
        String text = query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query;
        Set<String> words = new LinkedHashSet<>();
        for (String word : Folding.text(text).split("[^\\p{L}\\p{Nd}]+")) {
            if (word.length() >= 2 || (!word.isEmpty() && Character.isDigit(word.charAt(0)))) {
                words.add(word);
            }
        }
        List<String> meaningful = words.stream().filter(w -> !STOP_WORDS.contains(w)).collect(Collectors.toList());
        List<String> kept = meaningful.isEmpty() ? new ArrayList<>(words) : meaningful;
        return new SearchTerms(kept.size() > MAX_TERMS ? kept.subList(0, MAX_TERMS) : kept);
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    public List<String> terms() {
        return terms;
    }

    /** Whether every term starts a word of this folded text. */
    public boolean matches(String folded) {
        if (terms.isEmpty()) {
            return true;
        }
        for (String term : terms) {
            if (firstAtWordStart(folded, term, 0) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The ranges of the original text to highlight: each word that starts with a term, whole, so that
     * "rembours" highlights "remboursements". Sorted and without overlaps.
     */
    public List<int[]> highlights(Folding.Folded folded) {
        String text = folded.text();
        List<int[]> ranges = new ArrayList<>();
        for (String term : terms) {
            for (int at = firstAtWordStart(text, term, 0); at >= 0; at = firstAtWordStart(text, term, at + 1)) {
                int end = at + term.length();
                while (end < text.length() && Folding.isWordChar(text.charAt(end))) {
                    end++;
                }
                ranges.add(new int[] {folded.start(at), folded.end(end - 1)});
            }
        }
        ranges.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        List<int[]> merged = new ArrayList<>();
        for (int[] range : ranges) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && range[0] <= last[1]) {
                last[1] = Math.max(last[1], range[1]);
            } else {
                merged.add(range.clone());
            }
        }
        return merged;
    }

    private static int firstAtWordStart(String text, String term, int from) {
        for (int at = text.indexOf(term, from); at >= 0; at = text.indexOf(term, at + 1)) {
            if (at == 0 || !Folding.isWordChar(text.charAt(at - 1))) {
                return at;
            }
        }
        return -1;
    }

    private static Set<String> loadStopWords() {
        try (var in = SearchTerms.class.getResourceAsStream("stop-words.txt");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(Folding::text).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
