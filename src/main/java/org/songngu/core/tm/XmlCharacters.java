package org.songngu.core.tm;

/**
 * Drops the characters XML 1.0 cannot hold at all, not even escaped: control characters other than
 * tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF. A reader would reject the
 * whole file for one of them, so losing the character is the lesser harm; the caller counts them.
 */
final class XmlCharacters {

    private int dropped;

    String clean(String text) {
        int length = text.length();
        int first = 0;
        // Almost every text has nothing to drop: one cheap test per character finds that out.
        while (first < length && plain(text.charAt(first))) {
            first++;
        }
        if (first == length) {
            return text;
        }
        StringBuilder kept = new StringBuilder(length).append(text, 0, first);
        for (int i = first; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                kept.append(c).append(text.charAt(++i));
            } else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xFFFD && !Character.isSurrogate(c))) {
                kept.append(c);
            } else {
                dropped++;
            }
        }
        return kept.toString();
    }

    /** Below the surrogates and not a control character, or one of the three XML allows. */
    private static boolean plain(char c) {
        return c >= 0x20 ? c < Character.MIN_SURROGATE : c == '\t' || c == '\n' || c == '\r';
    }

    int dropped() {
        return dropped;
    }
}
