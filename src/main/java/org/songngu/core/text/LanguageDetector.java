package org.songngu.core.text;

import java.text.Normalizer;

/**
 * Tells Vietnamese from English by the share of letters that carry Vietnamese diacritics or are đ.
 *
 * <p>Song Ngữ only ever pairs these two languages, so a full language identifier would be
 * overkill: in Vietnamese prose roughly one letter in five carries a mark, in English text with
 * the odd "café" or "naïve" far fewer than one in a hundred.
 */
public final class LanguageDetector {

    /** Share of marked letters, in percent, from which a text counts as Vietnamese. */
    static final int VIETNAMESE_PERCENT = 5;

    /** Enough text to decide; reading a whole book would only cost time. */
    private static final int SAMPLE_LENGTH = 100_000;

    private static final String VIETNAMESE_MARKS = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B";

    private LanguageDetector() {
    }

    /** The language of {@code text}; English when it has no letters to judge by. */
    public static Language detect(CharSequence text) {
        int limit = Math.min(text.length(), SAMPLE_LENGTH);
        long letters = 0;
        long marked = 0;
        for (int i = 0; i < limit; ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                if (isVietnameseLetter(cp)) {
                    marked++;
                }
            }
        }
        if (letters == 0) {
            return Language.EN;
        }
        return marked * 100 >= letters * VIETNAMESE_PERCENT ? Language.VI : Language.EN;
    }

    /** Whether {@code cp} is đ or a Latin letter with a mark Vietnamese spelling uses. */
    static boolean isVietnameseLetter(int cp) {
        if (cp == 'đ' || cp == 'Đ') {
            return true;
        }
        if (cp < 0xC0) {
            return false;
        }
        String decomposed = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFD);
        if (decomposed.length() < 2 || decomposed.charAt(0) > 'z' || !Character.isLetter(decomposed.charAt(0))) {
            return false;
        }
        for (int i = 1; i < decomposed.length(); i++) {
            if (VIETNAMESE_MARKS.indexOf(decomposed.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
