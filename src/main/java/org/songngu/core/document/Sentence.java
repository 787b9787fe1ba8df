package org.songngu.core.document;

import java.util.Objects;

/**
 * One sentence of a document: its text and where it stands in the document's normalized text.
 *
 * @param text the sentence as it reads, never blank
 * @param start offset of its first character in {@link Document#text()}
 * @param end offset just past its last character
 */
public record Sentence(String text, int start, int end) {

    public Sentence {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a sentence cannot be blank");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("sentence offsets [" + start + ", " + end + ") are not a valid range");
        }
    }
}
