package org.songngu.core.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.songngu.core.text.Numbers;

/** Cuts sentence text into words (English) or syllables (Vietnamese) and digit groups. */
final class Tokenizer {

    /**
     * Where a text's tokens lie, without cutting them out: token t spans [starts[t], ends[t]).
     *
     * @param number per token, whether it is a number, date or other digit group
     * @param capitalized per token, whether it is a word starting with a capital letter and not
     *     the text's first token
     */
    record Spans(int count, int[] starts, int[] ends, boolean[] number, boolean[] capitalized) {
    }

    private Tokenizer() {
    }

    static List<Token> tokens(String text) {
        Spans spans = spans(text);
        List<Token> tokens = new ArrayList<>(spans.count());
        for (int t = 0; t < spans.count(); t++) {
            tokens.add(new Token(text.substring(spans.starts()[t], spans.ends()[t]), spans.number()[t],
                    spans.capitalized()[t]));
        }
        return tokens;
    }

    static Spans spans(String text) {
        int[] starts = new int[16];
        int[] ends = new int[16];
        boolean[] number = new boolean[16];
        boolean[] capitalized = new boolean[16];
        int count = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            boolean digit = Character.isDigit(c);
            if (!digit && !Character.isLetter(c)) {
                i++;
                continue;
            }
            int end = digit ? Numbers.groupEnd(text, i) : wordEnd(text, i + 1);
            int next = digit ? end : possessiveEnd(text, end);
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
                number = Arrays.copyOf(number, count * 2);
                capitalized = Arrays.copyOf(capitalized, count * 2);
            }
            starts[count] = i;
            ends[count] = end;
            number[count] = digit;
            capitalized[count] = !digit && count > 0 && Character.isUpperCase(c);
            count++;
            i = next;
        }
        return new Spans(count, starts, ends, number, capitalized);
    }

    /**
     * Where the word going on at {@code from} ends. An apostrophe followed by a letter is part of
     * it (don't, o'clock), except a final possessive 's: "Bryan's" is the word Bryan, so that the
     * name crosses into Vietnamese and "mother's" meets the lexicon's mother.
     */
    private static int wordEnd(String text, int from) {
        int n = text.length();
        int end = from;
        while (end < n && (Character.isLetterOrDigit(text.charAt(end))
                || Character.getType(text.charAt(end)) == Character.NON_SPACING_MARK
                || (isWordJoiner(text.charAt(end)) && end + 1 < n && Character.isLetter(text.charAt(end + 1))
                        && possessiveEnd(text, end) == end))) {
            end++;
        }
        return end;
    }

    /** Past a possessive 's that starts at {@code at}, or {@code at} itself when there is none. */
    private static int possessiveEnd(String text, int at) {
        int n = text.length();
        boolean possessive = at + 1 < n && isWordJoiner(text.charAt(at))
                && Character.toLowerCase(text.charAt(at + 1)) == 's'
                && (at + 2 == n || !Character.isLetterOrDigit(text.charAt(at + 2)));
        return possessive ? at + 2 : at;
    }

    private static boolean isWordJoiner(char c) {
        return c == '\'' || c == '’';
    }
}
