package org.songngu.core.align;

import java.util.ArrayList;
import java.util.List;

/** Cuts sentence text into words (English) or syllables (Vietnamese) and digit groups. */
final class Tokenizer {

    private Tokenizer() {
    }

    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                int end = i + 1;
                while (end < n && (Character.isDigit(text.charAt(end))
                        || (isNumberSeparator(text.charAt(end)) && end + 1 < n && Character.isDigit(text.charAt(end + 1))))) {
                    end++;
                }
                tokens.add(new Token(text.substring(i, end), true, false));
                i = end;
            } else if (Character.isLetter(c)) {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(text.charAt(end)) || Character.getType(text.charAt(end)) == Character.NON_SPACING_MARK
                        || (isWordJoiner(text.charAt(end)) && end + 1 < n && Character.isLetter(text.charAt(end + 1))))) {
                    end++;
                }
                boolean capitalized = !tokens.isEmpty() && Character.isUpperCase(c);
                tokens.add(new Token(text.substring(i, end), false, capitalized));
                i = end;
            } else {
                i++;
            }
        }
        return tokens;
    }

    private static boolean isNumberSeparator(char c) {
        return c == '.' || c == ',' || c == ':' || c == '/';
    }

    private static boolean isWordJoiner(char c) {
        return c == '\'' || c == '’';
    }

    /**
     * The value of a digit group written in the given convention, so that English 1,000.5 and
     * Vietnamese 1.000,5 give the same key. Dates and times keep their shape.
     */
    static String numberKey(String digits, boolean decimalComma) {
        if (digits.indexOf('/') >= 0 || digits.indexOf(':') >= 0) {
            return digits;
        }
        char thousands = decimalComma ? '.' : ',';
        char decimal = decimalComma ? ',' : '.';
        StringBuilder out = new StringBuilder(digits.length());
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c == thousands) {
                continue;
            }
            out.append(c == decimal ? '.' : c);
        }
        return out.toString();
    }
}
