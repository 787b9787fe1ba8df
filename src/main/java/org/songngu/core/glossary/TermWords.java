package org.songngu.core.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.songngu.core.glossary.TermTokens.Tokens;

/**
 * The words (English) or syllables (Vietnamese) of a text as term matching sees them, each with
 * its matching key; for tools that build terms from text, such as candidate mining.
 */
public final class TermWords {

    /** A word as written and its matching key. */
    public record Word(String text, String key) {

        public Word {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(key, "key");
        }
    }

    private TermWords() {
    }

    /** English words; keys are lower-case stems. */
    public static List<Word> english(String text) {
        return words(text, TermTokens.english(text));
    }

    /** Vietnamese syllables; keys are lower case with the tone placement unified. */
    public static List<Word> vietnamese(String text) {
        return words(text, TermTokens.vietnamese(text));
    }

    private static List<Word> words(String text, Tokens tokens) {
        List<Word> words = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            words.add(new Word(text.substring(tokens.starts()[i], tokens.ends()[i]), tokens.keys()[i]));
        }
        return words;
    }
}
