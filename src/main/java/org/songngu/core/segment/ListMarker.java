package org.songngu.core.segment;

/** Recognises list and heading numbers such as "1.", "2.3.", "a." and "iv." that are not sentences. */
final class ListMarker {

    private ListMarker() {
    }

    /** Whether {@code token}, which ends with its full stop, is a list marker. */
    static boolean is(CharSequence token) {
        int end = token.length() - 1;
        if (end <= 0 || token.charAt(end) != '.') {
            return false;
        }
        if (end == 1 && Character.isLetter(token.charAt(0))) {
            return true;
        }
        return isSectionNumber(token, end) || isRomanNumeral(token, end);
    }

    /** "1", "12", "2.3": groups of at most three digits separated by full stops. */
    private static boolean isSectionNumber(CharSequence token, int end) {
        int digits = 0;
        for (int i = 0; i < end; i++) {
            char c = token.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > 3) {
                    return false;
                }
            } else if (c == '.' && digits > 0) {
                digits = 0;
            } else {
                return false;
            }
        }
        return digits > 0;
    }

    /** "ii", "IV", "xii": short Roman numerals, all in one case. */
    private static boolean isRomanNumeral(CharSequence token, int end) {
        if (end > 4) {
            return false;
        }
        boolean upper = Character.isUpperCase(token.charAt(0));
        for (int i = 0; i < end; i++) {
            char c = token.charAt(i);
            char folded = upper ? c : Character.toUpperCase(c);
            if ((folded != 'I' && folded != 'V' && folded != 'X') || Character.isUpperCase(c) != upper) {
                return false;
            }
        }
        return true;
    }
}
