package org.songngu.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Checks shared by the reader tests. */
final class DocumentChecks {

    private DocumentChecks() {
    }

    /** Every paragraph and sentence offset points at its own text in the document's text. */
    static void assertOffsetsPointIntoText(Document document) {
        String text = document.text();
        for (Paragraph paragraph : document.paragraphs()) {
            assertThat(paragraph.end()).isLessThanOrEqualTo(text.length());
            for (Sentence sentence : paragraph.sentences()) {
                assertThat(text.substring(sentence.start(), sentence.end()))
                        .as("sentence at [%d, %d)", sentence.start(), sentence.end())
                        .isEqualTo(sentence.text());
                assertThat(sentence.start()).isGreaterThanOrEqualTo(paragraph.start());
                assertThat(sentence.end()).isLessThanOrEqualTo(paragraph.end());
            }
        }
    }

    /** The paragraphs as "KIND: sentence | sentence", for whole-value assertions. */
    static List<String> outline(Document document) {
        return document.paragraphs().stream()
                .map(p -> p.kind() + ": " + String.join(" | ", p.sentences().stream().map(Sentence::text).toList()))
                .toList();
    }
}
