package org.songngu.core.segment;

/** Character classes the boundary rules need; plain switches, because they run for every break. */
final class Punctuation {

    private Punctuation() {
    }

    /** White space including the no-break spaces that Vietnamese web text is full of. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Marks that may close a sentence after its full stop: quotes and brackets. */
    static boolean isCloser(char c) {
        return switch (c) {
            case '"', '\'', ')', ']', '}', '\u201D', '\u2019', '\u00BB', '\u203A' -> true;
            default -> false;
        };
    }

    /** Marks that only ever close, so a sentence cannot start with them. */
    static boolean isClosingOnly(char c) {
        return switch (c) {
            case ')', ']', '}', '\u201D', '\u00BB', '\u203A' -> true;
            default -> false;
        };
    }

    /** Marks that may open a sentence before its first word: quotes, brackets, dashes. */
    static boolean isOpener(char c) {
        return switch (c) {
            case '"', '\'', '(', '[', '{', '\u201C', '\u2018', '\u00AB', '\u2039', '\u2013', '\u2014' -> true;
            default -> false;
        };
    }

    static int skipSpace(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static int skipOpeners(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && isOpener(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The end of the text before {@code to} once trailing white space is dropped. */
    static int trimEnd(CharSequence text, int from, int to) {
        int i = to;
        while (i > from && isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
