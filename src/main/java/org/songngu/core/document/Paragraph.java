package org.songngu.core.document;

import java.util.List;
import java.util.Objects;

/**
 * A paragraph of a document with its sentences in order.
 *
 * @param start offset of the paragraph's first character in {@link Document#text()}
 * @param end offset just past its last character
 */
public record Paragraph(int start, int end, ParagraphKind kind, List<Sentence> sentences) {

    public Paragraph {
        Objects.requireNonNull(kind, "kind");
        sentences = List.copyOf(sentences);
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("a paragraph needs at least one sentence");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("paragraph offsets [" + start + ", " + end + ") are not a valid range");
        }
    }
}
