package org.songngu.core.text;

/**
 * A light suffix stripper for English, enough to map regular inflections (patients, transfused,
 * transfusing, studies, and the archaic runneth) onto one key. It is applied alike to lexicon entries and to text, so its
 * keys need not be real words.
 */
public final class EnglishStemmer {

    private EnglishStemmer() {
    }

    /**
     * The stem of a lower-case word; words of three letters or fewer are kept as they are. A
     * typographic apostrophe counts as a straight one: "don’t" and "don't" share a stem.
     */
    public static String stem(String word) {
        String w = word.replace('’', '\'');
        if (w.length() <= 3) {
            return w;
        }
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && w.length() > 3) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("ied") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("ed") && w.length() > 4) {
            w = undouble(w.substring(0, w.length() - 2));
        } else if (w.endsWith("ing") && w.length() > 5) {
            w = undouble(w.substring(0, w.length() - 3));
        } else if (w.endsWith("eth") && w.length() > 5) {
            // The King James Bible's third person: runneth, standeth, maketh.
            w = undouble(w.substring(0, w.length() - 3));
        }
        if (w.endsWith("e") && w.length() > 3) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** "stopp" -> "stop", so that stopped and stopping meet stop. */
    private static String undouble(String w) {
        int n = w.length();
        if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0
                && !isVowel(w.charAt(n - 1))) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
