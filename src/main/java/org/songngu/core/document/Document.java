package org.songngu.core.document;

import java.util.List;
import java.util.Objects;
import org.songngu.core.text.Language;

/**
 * A document split into paragraphs and sentences.
 *
 * @param name where it came from, as shown to the user (usually the file name)
 * @param language the language of its text
 * @param text the whole text, NFC-normalized; paragraph and sentence offsets point into it
 */
public record Document(String name, Language language, String text, List<Paragraph> paragraphs) {

    public Document {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        paragraphs = List.copyOf(paragraphs);
    }

    /** All sentences in document order. */
    public List<Sentence> sentences() {
        return paragraphs.stream().flatMap(p -> p.sentences().stream()).toList();
    }

    public int sentenceCount() {
        return paragraphs.stream().mapToInt(p -> p.sentences().size()).sum();
    }
}
