package org.songngu.core.qa;

import java.util.List;
import org.songngu.core.document.Sentence;

/** The text of one side of a row: its sentences joined by spaces, as the grid shows them. */
final class RowText {

    private RowText() {
    }

    static String of(List<Sentence> sentences) {
        if (sentences.size() == 1) {
            return sentences.get(0).text();
        }
        StringBuilder text = new StringBuilder();
        for (Sentence sentence : sentences) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(sentence.text());
        }
        return text.toString();
    }
}
