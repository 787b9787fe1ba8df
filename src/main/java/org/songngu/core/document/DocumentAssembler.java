package org.songngu.core.document;

import java.util.ArrayList;
import java.util.List;
import org.songngu.core.segment.SentenceSegmenter;
import org.songngu.core.text.Language;
import org.songngu.core.text.Span;

/** Splits each laid-out paragraph into sentences and builds the {@link Document}. */
final class DocumentAssembler {

    private DocumentAssembler() {
    }

    static Document assemble(String name, Language language, Layout layout) {
        SentenceSegmenter segmenter = SentenceSegmenter.forLanguage(language);
        String text = layout.text();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (BlockSpan block : layout.blocks()) {
            String paragraphText = text.substring(block.start(), block.end());
            List<Span> spans = keepMarkerWithItsSentence(paragraphText, segmenter.split(paragraphText));
            List<Sentence> sentences = new ArrayList<>();
            for (Span span : spans) {
                String sentence = span.of(paragraphText);
                if (!sentence.isBlank()) {
                    sentences.add(new Sentence(sentence, block.start() + span.start(), block.start() + span.end()));
                }
            }
            if (!sentences.isEmpty()) {
                paragraphs.add(new Paragraph(block.start(), block.end(), block.kind(), sentences));
            }
        }
        return new Document(name, language, text, paragraphs);
    }

    /**
     * Joins a leading "1." or "•" to the sentence after it: sentence break rules see "1. Giảm"
     * as a full stop before a capital, but a list marker is not a sentence to align.
     */
    static List<Span> keepMarkerWithItsSentence(String paragraphText, List<Span> spans) {
        if (spans.size() < 2 || !PlainTextLayout.MARKER_ONLY.matcher(spans.get(0).of(paragraphText)).matches()) {
            return spans;
        }
        List<Span> joined = new ArrayList<>(spans.subList(1, spans.size()));
        joined.set(0, new Span(spans.get(0).start(), spans.get(1).end()));
        return joined;
    }
}
