package org.songngu.core.align;

import java.util.List;
import java.util.Objects;
import org.songngu.core.document.Document;
import org.songngu.core.document.Paragraph;

/**
 * One side of an alignment problem: sentence texts in order, and which of them open a paragraph.
 */
public record SentenceSide(List<String> sentences, List<Boolean> paragraphStarts) {

    public SentenceSide {
        sentences = List.copyOf(sentences);
        paragraphStarts = List.copyOf(paragraphStarts);
        if (sentences.size() != paragraphStarts.size()) {
            throw new IllegalArgumentException("every sentence needs a paragraph-start flag: "
                    + sentences.size() + " sentences, " + paragraphStarts.size() + " flags");
        }
    }

    public static SentenceSide of(Document document) {
        Objects.requireNonNull(document, "document");
        List<String> texts = new java.util.ArrayList<>();
        List<Boolean> starts = new java.util.ArrayList<>();
        for (Paragraph paragraph : document.paragraphs()) {
            for (int i = 0; i < paragraph.sentences().size(); i++) {
                texts.add(paragraph.sentences().get(i).text());
                starts.add(i == 0);
            }
        }
        return new SentenceSide(texts, starts);
    }

    public int size() {
        return sentences.size();
    }
}
