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
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
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
        // Most text arrives in NFC already: a quick check finds where composing must start, if anywhere.
        int normalized = NFC.spanQuickCheckYes(out);
        if (normalized == out.length()) {
            return out.toString();
        }
        return composeLines(out, out.lastIndexOf("\n", normalized) + 1);
    }

    /**
     * NFC from {@code from}, a line start, on, line by line: a line end is a boundary NFC never
     * composes across, and only the lines the quick check does not pass go through the composer.
     * One stray combining mark in a long document would otherwise send the whole rest of it
     * through ICU's composer, and its compilation cost most of a second (bench-align, large).
     */
    private static String composeLines(StringBuilder text, int from) {
        StringBuilder composed = new StringBuilder(text.length()).append(text, 0, from);
        int start = from;
        while (start < text.length()) {
            int lineEnd = text.indexOf("\n", start);
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
