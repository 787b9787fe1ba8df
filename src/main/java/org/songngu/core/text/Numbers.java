package org.songngu.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Digit groups in text and their values, so that English 1,000.5 and Vietnamese 1.000,5 compare
 * equal. Shared by the aligner (numbers as evidence) and the QA checks (numbers that differ).
 */
public final class Numbers {

    private Numbers() {
    }

    /**
     * The end of the digit group that starts at {@code start} (a digit): digits, joined by single
     * separators (. , : /) that stand between two digits.
     */
    public static int groupEnd(CharSequence text, int start) {
        int n = text.length();
        int end = start + 1;
        while (end < n && (isDigit(text.charAt(end))
                || (isSeparator(text.charAt(end)) && end + 1 < n && isDigit(text.charAt(end + 1))))) {
            end++;
        }
        return end;
    }

    /**
     * The value of a digit group written in the given convention, so that English 1,000.5 and
     * Vietnamese 1.000,5 give the same key. A thousands separator always has three digits after
     * it, so the convention's thousands mark before any other number of digits is a decimal mark
     * written the other way: Vietnamese 1.5 is one and a half, not fifteen. Dates and times keep
     * their shape.
     */
    public static String key(String digits, boolean decimalComma) {
        if (digits.indexOf('/') >= 0 || digits.indexOf(':') >= 0) {
            return digits;
        }
        char thousands = decimalComma ? '.' : ',';
        StringBuilder out = new StringBuilder(digits.length());
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (isDigit(c)) {
                out.append(c);
            } else if (c != thousands || digitsAfter(digits, i) != 3) {
                out.append('.');
            }
        }
        return out.toString();
    }

    private static int digitsAfter(String digits, int separator) {
        int end = separator + 1;
        while (end < digits.length() && isDigit(digits.charAt(end))) {
            end++;
        }
        return end - separator - 1;
    }

    /**
     * The stand-alone digit groups of a text as written, in order. Digits inside a word (COVID19,
     * H5N1) are part of the word, not numbers, as in the aligner's tokens.
     */
    public static List<String> groups(String text) {
        List<String> groups = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                int end = groupEnd(text, i);
                groups.add(text.substring(i, end));
                i = end;
            } else if (isLetter(c)) {
                i++;
                while (i < n && (isLetter(text.charAt(i)) || isDigit(text.charAt(i))
                        || (text.charAt(i) >= 0x80 && Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK))) {
                    i++;
                }
            } else {
                i++;
            }
        }
        return groups;
    }

    /** The keys of {@link #groups} in order. */
    public static List<String> keys(String text, boolean decimalComma) {
        return groups(text).stream().map(group -> key(group, decimalComma)).toList();
    }

    /** Character.isDigit with a fast path for ASCII: the Unicode tables are the slow part. */
    private static boolean isDigit(char c) {
        return c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    /** Character.isLetter with a fast path for ASCII, where most characters of both languages' text are. */
    private static boolean isLetter(char c) {
        return c < 0x80 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : Character.isLetter(c);
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == ',' || c == ':' || c == '/';
    }
}
