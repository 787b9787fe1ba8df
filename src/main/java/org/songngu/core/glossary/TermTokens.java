package org.songngu.core.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.songngu.core.text.EnglishStemmer;
import org.songngu.core.text.MatchKey;

/**
 * Cuts text into the words (English) or syllables (Vietnamese) that terms are matched on, each
 * with its span in the text as given and its matching key. Keys are for comparison only.
 */
final class TermTokens {

    /** Token {@code i} spans [starts[i], ends[i]) of the text and has key keys[i]. */
    record Tokens(int[] starts, int[] ends, String[] keys) {

        int size() {
            return keys.length;
        }

        boolean isEmpty() {
            return keys.length == 0;
        }
    }

    private TermTokens() {
    }

    static Tokens english(String text) {
        return tokens(text, true);
    }

    static Tokens vietnamese(String text) {
        return tokens(text, false);
    }

    /** The keys of all tokens joined by single spaces. */
    static String key(Tokens tokens) {
        return String.join(" ", tokens.keys());
    }

    private static Tokens tokens(String text, boolean english) {
        int n = text.length();
        List<int[]> spans = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (isWordChar(text.charAt(i)) && Character.getType(text.charAt(i)) != Character.NON_SPACING_MARK) {
                int end = i + 1;
                while (end < n && (isWordChar(text.charAt(end))
                        || (english && isApostrophe(text.charAt(end)) && end + 1 < n
                                && Character.isLetter(text.charAt(end + 1))))) {
                    end++;
                }
                spans.add(new int[] {i, end});
                i = end;
            } else {
                i++;
            }
        }
        int[] starts = new int[spans.size()];
        int[] ends = new int[spans.size()];
        String[] keys = new String[spans.size()];
        for (int t = 0; t < keys.length; t++) {
            starts[t] = spans.get(t)[0];
            ends[t] = spans.get(t)[1];
            String word = text.substring(starts[t], ends[t]);
            keys[t] = english ? englishKey(word) : vietnameseKey(word);
        }
        return new Tokens(starts, ends, keys);
    }

    private static String englishKey(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        return EnglishStemmer.stem(lower);
    }

    /** Plain ASCII syllables skip the Unicode work: they have no tone mark to move. */
    private static String vietnameseKey(String syllable) {
        for (int i = 0; i < syllable.length(); i++) {
            if (syllable.charAt(i) >= 0x80) {
                return MatchKey.vietnamese(syllable);
            }
        }
        return syllable.toLowerCase(Locale.ROOT);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }
}
