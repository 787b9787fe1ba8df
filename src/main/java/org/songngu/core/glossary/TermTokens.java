package org.songngu.core.glossary;

import java.util.Arrays;
import java.util.Locale;
import org.songngu.core.text.EnglishStemmer;
import org.songngu.core.text.MatchKey;

/**
 * Cuts text into the words (English) or syllables (Vietnamese) that terms are matched on, each
 * with its span in the text as given and its matching key. Keys are for comparison only.
 */
final class TermTokens {

    /*
     * Keys of words seen before, per thread. Stemming and Unicode normalization cost far more
     * than a look-up, and texts repeat their words.
     */
    private static final ThreadLocal<WordKeys> ENGLISH_KEYS = ThreadLocal.withInitial(WordKeys::new);
    private static final ThreadLocal<WordKeys> VIETNAMESE_KEYS = ThreadLocal.withInitial(WordKeys::new);

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

    /*
     * Cut into small methods on purpose: as one method, with the key look-up and the stemmer
     * inlined, the JIT compiled it three times over in a QA run, half a second each.
     */
    private static Tokens tokens(String text, boolean english) {
        int n = text.length();
        int[] starts = new int[8];
        int[] ends = new int[8];
        int count = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isWordChar(c) && (c < 0x80 || Character.getType(c) != Character.NON_SPACING_MARK)) {
                int end = wordEnd(text, i + 1, english);
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                }
                starts[count] = i;
                ends[count] = end;
                count++;
                i = end;
            } else {
                i++;
            }
        }
        String[] keys = new String[count];
        WordKeys known = (english ? ENGLISH_KEYS : VIETNAMESE_KEYS).get();
        for (int t = 0; t < count; t++) {
            String key = known.get(text, starts[t], ends[t]);
            keys[t] = key != null ? key : newKey(text.substring(starts[t], ends[t]), english, known);
        }
        return new Tokens(Arrays.copyOf(starts, count), Arrays.copyOf(ends, count), keys);
    }

    /** Where the word going on at {@code from} ends; an English apostrophe followed by a letter is part of it. */
    private static int wordEnd(String text, int from, boolean english) {
        int n = text.length();
        int end = from;
        while (end < n && (isWordChar(text.charAt(end))
                || (english && isApostrophe(text.charAt(end)) && end + 1 < n
                        && Character.isLetter(text.charAt(end + 1))))) {
            end++;
        }
        return end;
    }

    private static String newKey(String word, boolean english, WordKeys known) {
        String key = english ? englishKey(word) : MatchKey.vietnamese(word);
        known.put(word, key);
        return key;
    }

    private static String englishKey(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        return EnglishStemmer.stem(lower);
    }

    private static boolean isWordChar(char c) {
        if (c < 0x80) {
            // Most characters of both languages' text; the Unicode tables are the slow part.
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }
}
