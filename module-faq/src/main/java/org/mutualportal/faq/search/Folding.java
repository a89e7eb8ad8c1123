package org.mutualportal.faq.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Text folded for comparison — lower case, accents removed, {@code œ} as {@code oe}, typographic apostrophes
 * and non-breaking spaces as their plain forms — keeping, for each folded character, where it came from in
 * the original text. Members type "medecin" or "MÉDECIN" for "médecin"; the match is found in the folded
 * text and highlighted on the original one.
 *
 * <h2>Usage</h2>
 * <pre>
 * Folding.Folded folded = Folding.fold("Cœur À l’écoute");   // "coeur a l'ecoute"
 * int start = folded.start(6), end = folded.end(6);          // the "À" of the original
 * </pre>
 */
public final class Folding {

    private Folding() {
    }

    /** The folded form only. */
    public static String text(String original) {
        return fold(original).text();
    }

    public static Folded fold(String original) {
        StringBuilder folded = new StringBuilder(original.length());
        int[] starts = new int[original.length() + 8];
        int[] ends = new int[original.length() + 8];
        int count = 0;
        for (int i = 0; i < original.length();) {
            int codePoint = original.codePointAt(i);
            int width = Character.charCount(codePoint);
            String piece = foldCodePoint(codePoint);
            for (int k = 0; k < piece.length(); k++) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                }
                folded.append(piece.charAt(k));
                starts[count] = i;
                ends[count] = i + width;
                count++;
            }
            i += width;
        }
        return new Folded(folded.toString(), Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
    }

    private static String foldCodePoint(int codePoint) {
        switch (codePoint) {
            case 'œ', 'Œ':
                return "oe";
            case 'æ', 'Æ':
                return "ae";
            case 'ß':
                return "ss";
            case '\u2019', '\u2018', '\u02BC', '\u00B4':
                return "'";
            case '\u00A0', '\u202F', '\u2007':
                return " ";
            default:
                break;
        }
        if (codePoint < 0x80) {
            return String.valueOf((char) Character.toLowerCase(codePoint));
        }
        String lower = new String(Character.toChars(codePoint)).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** Whether a folded character belongs to a word (letters and digits). */
    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /**
     * A folded text and, for each of its characters, the range of the original text it came from.
     *
     * @param text the folded text
     * @param starts for each folded character, the index of its original character
     * @param ends for each folded character, the index just after its original character
     */
    public record Folded(String text, int[] starts, int[] ends) {

        public int start(int foldedIndex) {
            return starts[foldedIndex];
        }

        public int end(int foldedIndex) {
            return ends[foldedIndex];
        }
    }
}
