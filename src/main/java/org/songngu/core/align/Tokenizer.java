package org.songngu.core.align;

import java.util.ArrayList;
import java.util.List;
import org.songngu.core.text.Numbers;

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
                int end = Numbers.groupEnd(text, i);
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

    private static boolean isWordJoiner(char c) {
        return c == '\'' || c == '’';
    }
}
