package org.songngu.core.text;

import com.ibm.icu.text.Normalizer2;
import java.util.Locale;
import java.util.Set;

/**
 * Keys for matching words regardless of case, diacritics or Vietnamese tone placement.
 * Keys are for comparison only; the user's text is never rewritten with them.
 */
public final class MatchKey {

    // ICU's, as TextNormalizer uses: one normalizer implementation loaded and compiled, not two.
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final String TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";
    /** The consonants a Vietnamese syllable can start with; qu counts as one, as in quý / quí. */
    private static final Set<String> ONSETS = Set.of("b", "c", "ch", "d", "đ", "g", "gh", "h", "k", "kh", "l", "m", "n",
            "ng", "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x");

    private MatchKey() {
    }

    /**
     * A Vietnamese syllable's key: lower case, with its tone mark moved to the end, so that the
     * old and new tone placements (hoà / hòa, thuỷ / thủy) give the same key, and with a rhyme
     * spelled y after a consonant spelled i, as both spellings are in use (kỹ sư / kĩ sư, lý / lí,
     * quý / quí); "uy" (thuỷ) is another rhyme and keeps its y.
     */
    public static String vietnamese(String syllable) {
        if (isAscii(syllable)) {
            return iForY(syllable.toLowerCase(Locale.ROOT));
        }
        String decomposed = NFD.normalize(syllable.toLowerCase(Locale.ROOT));
        StringBuilder base = new StringBuilder(decomposed.length());
        char tone = 0;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (TONE_MARKS.indexOf(c) >= 0) {
                tone = c;
            } else {
                base.append(c);
            }
        }
        String key = iForY(base.toString());
        return NFC.normalize(tone == 0 ? key : key + tone);
    }

    /** "ly" → "li" where everything before the final y is a consonant onset; other words unchanged. */
    private static String iForY(String word) {
        int last = word.length() - 1;
        if (last < 1 || word.charAt(last) != 'y' || !ONSETS.contains(word.substring(0, last))) {
            return word;
        }
        return word.substring(0, last) + 'i';
    }

    /** Lower case without any diacritics, đ folded to d: "Truyền" and "truyen" share a key. */
    public static String folded(String word) {
        if (isAscii(word)) {
            return word.toLowerCase(Locale.ROOT);
        }
        String decomposed = NFD.normalize(word.toLowerCase(Locale.ROOT));
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(c == 'đ' ? 'd' : c);
        }
        return out.toString();
    }

    /**
     * Plain ASCII has no marks to move or drop, and most English words and many Vietnamese
     * syllables are plain ASCII: they skip the normalizer, which is also then called too rarely
     * for the JIT to spend most of a second compiling it.
     */
    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
