package org.songngu.core.text;

import com.ibm.icu.text.Normalizer2;

/** Brings text from any source to the one form the rest of Song Ngữ works on. */
public final class TextNormalizer {

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private TextNormalizer() {
    }

    /**
     * Returns {@code raw} in NFC with LF line ends, tabs and no-break spaces as plain spaces and
     * zero-width characters removed.
     *
     * <p>NFC matters most: windows-1258 and some editors give "e" plus combining marks, which
     * would never match the precomposed "ề" typed elsewhere. No-break and zero-width characters
     * are invisible to the user but would make equal-looking sentences differ.
     */
    public static String normalize(CharSequence raw) {
        String text = replaceSpecial(raw);
        // Most text arrives in NFC already: a quick check finds where composing must start, if anywhere.
        int normalized = NFC.spanQuickCheckYes(text);
        if (normalized == text.length()) {
            return text;
        }
        return composeLines(text, text.lastIndexOf('\n', normalized) + 1);
    }

    /** LF line ends, plain spaces, no zero-width characters; text without any is not copied. */
    private static String replaceSpecial(CharSequence raw) {
        int first = 0;
        while (first < raw.length() && !isReplaced(raw.charAt(first))) {
            first++;
        }
        if (first == raw.length()) {
            return raw.toString();
        }
        StringBuilder out = new StringBuilder(raw.length()).append(raw, 0, first);
        for (int i = first; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '\r' -> {
                    out.append('\n');
                    if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\u2028' -> out.append('\n');
                case '\u2029' -> out.append("\n\n");
                case '\t', '\u00A0', '\u202F' -> out.append(' ');
                case '\u200B', '\u200C', '\u200D', '\uFEFF', '\u2060' -> {
                    // removed: invisible, and a BOM decoded as a character lands here too
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@link #normalize} replaces or removes the character. */
    private static boolean isReplaced(char c) {
        return c == '\r' || c == '\t' || (c >= '\u00A0' && (c == '\u00A0' || c == '\u202F' || c == '\u2028' || c == '\u2029'
                || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u2060'));
    }

    /**
     * NFC from {@code from}, a line start, on, line by line: a line end is a boundary NFC never
     * composes across, and only the lines the quick check does not pass go through the composer.
     * One stray combining mark in a long document would otherwise send the whole rest of it
     * through ICU's composer, and its compilation cost most of a second (bench-align, large).
     */
    private static String composeLines(String text, int from) {
        StringBuilder composed = new StringBuilder(text.length()).append(text, 0, from);
        int start = from;
        while (start < text.length()) {
            int lineEnd = text.indexOf('\n', start);
            int end = lineEnd < 0 ? text.length() : lineEnd + 1;
            CharSequence line = text.subSequence(start, end);
            if (NFC.spanQuickCheckYes(line) == line.length()) {
                composed.append(line);
            } else {
                NFC.normalizeSecondAndAppend(composed, line);
            }
            start = end;
        }
        return composed.toString();
    }
}
