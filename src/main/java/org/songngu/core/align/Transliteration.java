package org.songngu.core.align;

import java.util.Locale;
import org.songngu.core.text.MatchKey;

/**
 * A name's sound skeleton, shared by an English name and its Vietnamese transliteration, which
 * writes each syllable apart with hyphens: Eliphadon and Ê-li-pha-đôn, Abraham and Áp-ra-ham,
 * Jerusalem and Giê-ru-sa-lem. Both are reduced to their consonants, with the spellings each
 * language gives one sound made one (ph and f, gi and j, th and t), voicing dropped (Vietnamese
 * writes a final b as p, d as t) and l and n made one (no Vietnamese syllable ends in l). English r
 * that closes a syllable is dropped, as Vietnamese has none (Gethmar, Ghết-ma). Vowels are too
 * freely rendered to count.
 */
final class Transliteration {

    /** Fewer consonants than this match too many names by chance. */
    private static final int MIN_CONSONANTS = 2;

    private static final String[][] ENGLISH_SPELLINGS = {
        {"ph", "f"}, {"th", "t"}, {"sh", "s"}, {"ch", "k"}, {"ck", "k"}, {"qu", "k"}, {"q", "k"}, {"x", "ks"},
        {"c", "k"}, {"w", "u"}};
    private static final String[][] VIETNAMESE_SPELLINGS = {
        {"ngh", "n"}, {"ng", "n"}, {"nh", "n"}, {"ph", "f"}, {"th", "t"}, {"gh", "g"}, {"gi", "j"}, {"kh", "k"},
        {"ch", "k"}, {"tr", "t"}, {"qu", "k"}, {"c", "k"}, {"x", "s"}};

    private Transliteration() {
    }

    /** The skeleton of an English name, or null when it has too few consonants to tell. */
    static String english(String name) {
        String word = respell(name.toLowerCase(Locale.ROOT), ENGLISH_SPELLINGS);
        StringBuilder open = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            boolean closingR = word.charAt(i) == 'r' && (i + 1 == word.length() || !isVowel(word.charAt(i + 1)));
            if (!closingR) {
                open.append(word.charAt(i));
            }
        }
        return skeleton(open);
    }

    /** The skeleton of a transliteration written syllable-hyphen-syllable, or null. */
    static String vietnamese(String hyphenated) {
        StringBuilder word = new StringBuilder();
        for (String syllable : MatchKey.folded(hyphenated).split("-")) {
            word.append(respell(syllable, VIETNAMESE_SPELLINGS));
        }
        return skeleton(word);
    }

    private static String respell(String word, String[][] spellings) {
        String respelled = word;
        for (String[] spelling : spellings) {
            respelled = respelled.replace(spelling[0], spelling[1]);
        }
        return respelled;
    }

    /** The consonants but h, unvoiced, each run of one kept once; null if too few or not letters. */
    private static String skeleton(CharSequence word) {
        StringBuilder skeleton = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c)) {
                return null;
            }
            if (isVowel(c) || c == 'h') {
                continue;
            }
            char unvoiced = switch (c) {
                case 'b', 'f', 'v' -> 'p';
                case 'd' -> 't';
                case 'g' -> 'k';
                case 'z' -> 's';
                case 'l' -> 'n';
                default -> c;
            };
            if (skeleton.isEmpty() || skeleton.charAt(skeleton.length() - 1) != unvoiced) {
                skeleton.append(unvoiced);
            }
        }
        return skeleton.length() < MIN_CONSONANTS ? null : skeleton.toString();
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
