package org.songngu.core.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the paragraphs of a Word .docx file with java.util.zip and StAX.
 *
 * <p>Apache POI would pull in twelve jars and a Log4j warning to read what is one XML part of a
 * zip. Only the main body is read: headers, footers, comments and deleted text
 * ({@code w:delText}) are not part of what gets translated.
 */
final class DocxReader {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String DOCUMENT_PART = "word/document.xml";
    static final String STYLES_PART = "word/styles.xml";

    /** A real document.xml is a few MB; a far larger entry is a zip bomb or not a document. */
    private static final int MAX_PART_SIZE = 128 * 1024 * 1024;

    private DocxReader() {
    }

    static List<Block> read(Path file, byte[] bytes) throws DocumentReadException {
        Map<String, byte[]> parts = unzip(file, bytes);
        byte[] document = parts.get(DOCUMENT_PART);
        if (document == null) {
            throw new DocumentReadException(file + ": is not a Word document (it has no " + DOCUMENT_PART + ")");
        }
        Map<String, String> styleNames = parts.containsKey(STYLES_PART)
                ? styleNames(file, parts.get(STYLES_PART))
                : Map.of();
        return paragraphs(file, document, styleNames);
    }

    private static Map<String, byte[]> unzip(Path file, byte[] bytes) throws DocumentReadException {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw new DocumentReadException(file + ": is not a valid .docx file (not a zip archive)");
        }
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(DOCUMENT_PART) || entry.getName().equals(STYLES_PART)) {
                    parts.put(entry.getName(), readBounded(file, zip, entry.getName()));
                }
            }
        } catch (ZipException e) {
            throw new DocumentReadException(file + ": is not a valid .docx file (damaged zip: " + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new DocumentReadException(file + ": is not a valid .docx file (" + e.getMessage() + ")", e);
        }
        return parts;
    }

    private static byte[] readBounded(Path file, InputStream in, String part)
            throws IOException, DocumentReadException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
            if (out.size() > MAX_PART_SIZE) {
                throw new DocumentReadException(file + ": " + part + " is too large to be a document");
            }
        }
        return out.toByteArray();
    }

    /** A factory that reads no DTD and resolves no external entity (XXE). */
    static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    /** Style id to style name ("Heading1" to "heading 1"): localized Word writes other ids. */
    private static Map<String, String> styleNames(Path file, byte[] styles) throws DocumentReadException {
        Map<String, String> names = new HashMap<>();
        XMLStreamReader reader = null;
        try {
            reader = safeFactory().createXMLStreamReader(new ByteArrayInputStream(styles));
            String styleId = null;
            while (reader.hasNext()) {
                if (reader.next() != XMLStreamConstants.START_ELEMENT || !W.equals(reader.getNamespaceURI())) {
                    continue;
                }
                switch (reader.getLocalName()) {
                    case "style" -> styleId = reader.getAttributeValue(W, "styleId");
                    case "name" -> {
                        if (styleId != null) {
                            names.put(styleId, reader.getAttributeValue(W, "val"));
                        }
                    }
                    default -> {
                        // other style properties do not decide a paragraph's kind
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw notWellFormed(file, STYLES_PART, e);
        } finally {
            close(reader);
        }
        return names;
    }

    private static List<Block> paragraphs(Path file, byte[] document, Map<String, String> styleNames)
            throws DocumentReadException {
        List<Block> blocks = new ArrayList<>();
        Deque<OpenParagraph> open = new ArrayDeque<>();
        XMLStreamReader reader = null;
        try {
            reader = safeFactory().createXMLStreamReader(new ByteArrayInputStream(document));
            boolean inText = false;
            int propertiesDepth = 0;
            int changeDepth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    if (inText && !open.isEmpty()) {
                        open.peek().text.append(reader.getText());
                    }
                    continue;
                }
                boolean start = event == XMLStreamConstants.START_ELEMENT;
                if ((!start && event != XMLStreamConstants.END_ELEMENT) || !W.equals(reader.getNamespaceURI())) {
                    continue;
                }
                String name = reader.getLocalName();
                OpenParagraph current = open.peek();
                switch (name) {
                    case "p" -> {
                        if (start) {
                            open.push(new OpenParagraph());
                        } else if (!open.isEmpty()) {
                            blocks.add(open.pop().toBlock(styleNames));
                        }
                    }
                    case "pPr" -> propertiesDepth += start ? 1 : -1;
                    // A tracked formatting change holds the old properties: not the ones that apply.
                    case "pPrChange", "rPrChange" -> changeDepth += start ? 1 : -1;
                    case "t" -> inText = start;
                    default -> {
                        if (start && current != null) {
                            readElement(reader, name, current, propertiesDepth > 0 && changeDepth == 0);
                        }
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw notWellFormed(file, DOCUMENT_PART, e);
        } finally {
            close(reader);
        }
        return blocks;
    }

    private static void readElement(XMLStreamReader reader, String name, OpenParagraph paragraph, boolean inProperties) {
        if (inProperties) {
            switch (name) {
                case "pStyle" -> paragraph.styleId = reader.getAttributeValue(W, "val");
                case "numPr" -> paragraph.numbered = true;
                case "numId" -> paragraph.numbered = !"0".equals(reader.getAttributeValue(W, "val"));
                default -> {
                    // tab stops (w:tabs/w:tab), spacing and the like carry no text
                }
            }
            return;
        }
        switch (name) {
            case "tab", "br", "cr" -> paragraph.text.append(' ');
            case "noBreakHyphen" -> paragraph.text.append('-');
            default -> {
                // formatting and fields add no text of their own
            }
        }
    }

    private static DocumentReadException notWellFormed(Path file, String part, XMLStreamException e) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber();
        String problem = e.getMessage() == null ? "" : e.getMessage().replaceFirst("(?s)^ParseError at \\[.*?\\]\\s*Message:\\s*", "");
        return new DocumentReadException(file + ": is not a valid .docx file (" + part + " is not well-formed XML"
                + where + ": " + problem.strip() + ")", e);
    }

    private static void close(XMLStreamReader reader) {
        if (reader == null) {
            return;
        }
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // the parts were read from memory; closing releases nothing that could fail to close
        }
    }

    /** A w:p being read; text boxes nest paragraphs inside paragraphs, hence the stack. */
    private static final class OpenParagraph {

        final StringBuilder text = new StringBuilder();
        String styleId;
        boolean numbered;

        Block toBlock(Map<String, String> styleNames) {
            String styleName = styleId == null ? "" : styleNames.getOrDefault(styleId, "");
            ParagraphKind kind;
            if (isHeadingStyle(styleId) || isHeadingStyle(styleName)) {
                kind = ParagraphKind.HEADING;
            } else if (numbered || isListStyle(styleId) || isListStyle(styleName)) {
                kind = ParagraphKind.LIST_ITEM;
            } else {
                kind = ParagraphKind.BODY;
            }
            return new Block(text.toString(), kind);
        }
    }

    static boolean isHeadingStyle(String style) {
        if (style == null) {
            return false;
        }
        String key = style.replace(" ", "").toLowerCase(Locale.ROOT);
        return key.startsWith("heading") || key.equals("title");
    }

    static boolean isListStyle(String style) {
        return style != null && style.replace(" ", "").toLowerCase(Locale.ROOT).equals("listparagraph");
    }
}
