package org.songngu.core.segment;

import java.util.HashSet;
import java.util.Set;
import org.songngu.core.text.Language;

/** Capitalised words that usually open a sentence, used to judge a full stop after an initial. */
final class SentenceOpeners {

    private final Set<String> words;

    private SentenceOpeners(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    static SentenceOpeners load(Language language) {
        Set<String> words = new HashSet<>();
        for (ResourceLines.Line line : ResourceLines.read("sentence-openers-" + language.code() + ".txt")) {
            words.add(line.text());
        }
        return new SentenceOpeners(words);
    }

    /** Whether the word of letters starting at {@code start} in {@code text} is an opener. */
    boolean opensAt(CharSequence text, int start) {
        int end = start;
        while (end < text.length()) {
            int codePoint = Character.codePointAt(text, end);
            if (!Character.isLetter(codePoint)) {
                break;
            }
            end += Character.charCount(codePoint);
        }
        return end > start && words.contains(text.subSequence(start, end).toString());
    }
}
