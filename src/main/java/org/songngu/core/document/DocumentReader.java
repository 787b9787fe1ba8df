package org.songngu.core.document;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.songngu.core.segment.SentenceSegmenter;
import org.songngu.core.text.Language;
import org.songngu.core.text.Span;

/** Reads a document file into paragraphs and sentences. */
public final class DocumentReader {

    private DocumentReader() {
    }

    public static Document read(Path file, Language language) throws DocumentReadException {
        String name = file.getFileName().toString();
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (NoSuchFileException e) {
            throw new DocumentReadException(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new DocumentReadException(file + ": not valid UTF-8 text");
        } catch (IOException e) {
            throw new DocumentReadException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        text = Normalizer.normalize(text.replace("\r\n", "\n"), Normalizer.Form.NFC);
        SentenceSegmenter segmenter = SentenceSegmenter.forLanguage(language);
        List<Paragraph> paragraphs = new ArrayList<>();
        int offset = 0;
        for (String block : text.split("\n\\s*\n", -1)) {
            int start = text.indexOf(block, offset);
            offset = start + block.length();
            List<Sentence> sentences = new ArrayList<>();
            for (Span span : segmenter.split(block)) {
                sentences.add(new Sentence(span.of(block), start + span.start(), start + span.end()));
            }
            if (!sentences.isEmpty()) {
                paragraphs.add(new Paragraph(start, offset, ParagraphKind.BODY, sentences));
            }
        }
        return new Document(name, language, text, paragraphs);
    }
}
