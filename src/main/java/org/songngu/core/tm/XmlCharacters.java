package org.songngu.core.tm;

/**
 * Drops the characters XML 1.0 cannot hold at all, not even escaped: control characters other than
 * tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF. A reader would reject the
 * whole file for one of them, so losing the character is the lesser harm; the caller counts them.
 */
final class XmlCharacters {

    private int dropped;

    String clean(String text) {
        StringBuilder kept = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            int width = 1;
            boolean allowed;
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                allowed = true;
                width = 2;
            } else {
                allowed = c == '\t' || c == '\n' || c == '\r'
                        || (c >= 0x20 && c <= 0xFFFD && !Character.isSurrogate(c));
            }
            if (!allowed) {
                if (kept == null) {
                    kept = new StringBuilder(length).append(text, 0, i);
                }
                dropped++;
            } else if (kept != null) {
                kept.append(text, i, i + width);
            }
            i += width - 1;
        }
        return kept == null ? text : kept.toString();
    }

    int dropped() {
        return dropped;
    }
}
