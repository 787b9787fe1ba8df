package org.songngu.core.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.songngu.core.text.Language;
import org.songngu.core.text.LanguageDetector;
import org.songngu.core.text.TextNormalizer;

/**
 * Reads documents into paragraphs and sentences: plain text, Word .docx and HTML files, text
 * already in memory, and presegmented files with one sentence per line.
 *
 * <p>The format follows the file name's extension; any extension other than .docx, .html and
 * .htm is read as plain text, so .md or .srt files still open and a binary file is refused by
 * its content.
 */
public final class DocumentReader {

    private DocumentReader() {
    }

    /** Reads {@code file}, detecting whatever {@code options} leaves open. */
    public static Document read(Path file, ReadOptions options) throws DocumentReadException {
        byte[] bytes = FileBytes.read(file);
        if (bytes.length == 0) {
            throw empty(file);
        }
        Layout layout = switch (extension(file)) {
            case "docx" -> Layout.ofBlocks(DocxReader.read(file, bytes));
            case "html", "htm", "xhtml" -> Layout.ofBlocks(HtmlReader.read(file, bytes, options.encoding()));
            default -> PlainTextLayout.of(decodeText(file, bytes, options));
        };
        if (layout.blocks().isEmpty()) {
            throw empty(file);
        }
        Language language = options.language().orElseGet(() -> LanguageDetector.detect(layout.text()));
        return DocumentAssembler.assemble(displayName(file), language, layout);
    }

    /** Reads {@code file} in a known language, detecting its encoding. */
    public static Document read(Path file, Language language) throws DocumentReadException {
        return read(file, ReadOptions.of(language));
    }

    /**
     * Builds a document from text already in memory, laid out by the plain-text rules; blank
     * text gives a document without paragraphs.
     */
    public static Document fromText(String name, String text, Language language) {
        return DocumentAssembler.assemble(name, language, PlainTextLayout.of(TextNormalizer.normalize(text)));
    }

    /** Reads a presegmented plain-text file in a known language, detecting its encoding. */
    public static Document readPresegmented(Path file, Language language) throws DocumentReadException {
        return readPresegmented(file, ReadOptions.of(language));
    }

    /**
     * Reads a presegmented plain-text file: every non-blank line is exactly one sentence and a
     * blank line ends a paragraph. Nothing is re-segmented, so a benchmark's gold sentences stay
     * the units that get aligned.
     */
    public static Document readPresegmented(Path file, ReadOptions options) throws DocumentReadException {
        String text = decodeText(file, FileBytes.read(file), options);
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            if (line.isBlank()) {
                closePresegmented(sentences, paragraphs);
            } else {
                int start = lineStart + (line.length() - line.stripLeading().length());
                int end = lineStart + line.stripTrailing().length();
                sentences.add(new Sentence(text.substring(start, end), start, end));
            }
            lineStart = lineEnd + 1;
        }
        closePresegmented(sentences, paragraphs);
        if (paragraphs.isEmpty()) {
            throw empty(file);
        }
        Language language = options.language().orElseGet(() -> LanguageDetector.detect(text));
        return new Document(displayName(file), language, text, paragraphs);
    }

    private static void closePresegmented(List<Sentence> sentences, List<Paragraph> paragraphs) {
        if (sentences.isEmpty()) {
            return;
        }
        ParagraphKind kind = ParagraphKind.BODY;
        if (sentences.size() == 1) {
            String only = sentences.get(0).text();
            if (PlainTextLayout.startsWithListMarker(only)) {
                kind = ParagraphKind.LIST_ITEM;
            } else if (PlainTextLayout.looksLikeHeading(only)) {
                kind = ParagraphKind.HEADING;
            }
        }
        int start = sentences.get(0).start();
        int end = sentences.get(sentences.size() - 1).end();
        paragraphs.add(new Paragraph(start, end, kind, sentences));
        sentences.clear();
    }

    private static String decodeText(Path file, byte[] bytes, ReadOptions options) throws DocumentReadException {
        if (bytes.length == 0) {
            throw empty(file);
        }
        String text = TextNormalizer.normalize(TextDecoder.decode(file, bytes, options.encoding()));
        if (text.isBlank()) {
            throw empty(file);
        }
        return text;
    }

    private static DocumentReadException empty(Path file) {
        return new DocumentReadException(file + ": is empty");
    }

    private static String displayName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    private static String extension(Path file) {
        String name = displayName(file);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
