package org.songngu.core.glossary;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Glossaries as TBX-Basic (ISO 30042, the {@code martif} form most CAT tools exchange): one
 * {@code termEntry} per English term, a {@code langSet} for {@code en} and one for {@code vi},
 * each Vietnamese rendering a {@code tig} whose {@code administrativeStatus} is
 * {@code preferredTerm-admn-sts} (approved) or {@code deprecatedTerm-admn-sts} (forbidden).
 *
 * <p>Reading also takes the TBX v3 names ({@code conceptEntry}, {@code langSec}, {@code termSec});
 * every English term of an entry is paired with every Vietnamese one, superseded terms count as
 * forbidden, and entries lacking either language are skipped: a multilingual termbase may hold
 * concepts this project has no use for. The reader accepts no DTD and resolves no external entity.
 */
final class GlossaryTbx {

    private static final String APPROVED = "preferredTerm-admn-sts";
    private static final String FORBIDDEN = "deprecatedTerm-admn-sts";

    private GlossaryTbx() {
    }

    private record Term(String text, TermStatus status, String note, int line) {
    }

    static Glossary read(byte[] bytes, String file) throws GlossaryFileException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            while (xml.next() != XMLStreamConstants.START_ELEMENT) {
                // The prolog: comments, processing instructions, a DOCTYPE that is never loaded.
            }
            String root = xml.getLocalName();
            if (!root.equals("martif") && !root.equals("tbx")) {
                throw new GlossaryFileException(file + ": not a TBX file: its root element is <" + root
                        + ">, not <martif> or <tbx>");
            }
            return entries(xml, file);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            String where = line > 0 ? ": line " + line : "";
            throw new GlossaryFileException(file + where + ": not valid TBX: " + message(e), e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException e) {
                    // Closing a reader over a byte array frees nothing that matters.
                }
            }
        }
    }

    private static Glossary entries(XMLStreamReader xml, String file) throws XMLStreamException, GlossaryFileException {
        List<TermEntry> entries = new ArrayList<>();
        Map<String, Integer> pairs = new HashMap<>();
        List<Term> english = new ArrayList<>();
        List<Term> vietnamese = new ArrayList<>();
        String language = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new GlossaryFileException(file + ": line " + xml.getLocation().getLineNumber()
                        + ": not valid TBX: the entity &" + xml.getLocalName() + "; is not allowed");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "termEntry", "conceptEntry" -> {
                        english.clear();
                        vietnamese.clear();
                    }
                    case "langSet", "langSec" -> language = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
                    case "tig", "ntig", "termSec" -> {
                        Term term = term(xml, file);
                        if (isLanguage(language, "en")) {
                            english.add(term);
                        } else if (isLanguage(language, "vi")) {
                            vietnamese.add(term);
                        }
                    }
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT
                    && (xml.getLocalName().equals("termEntry") || xml.getLocalName().equals("conceptEntry"))) {
                for (Term en : english) {
                    for (Term vi : vietnamese) {
                        TermEntry entry;
                        try {
                            entry = new TermEntry(en.text(), vi.text(), vi.status(), vi.note());
                        } catch (IllegalArgumentException e) {
                            throw new GlossaryFileException(file + ": line " + vi.line() + ": " + e.getMessage(), e);
                        }
                        Integer earlier = pairs.putIfAbsent(entry.englishKey() + "\n" + entry.vietnameseKey(), vi.line());
                        if (earlier != null) {
                            throw new GlossaryFileException(file + ": line " + vi.line() + ": " + entry.pair()
                                    + " repeats the pair of line " + earlier);
                        }
                        entries.add(entry);
                    }
                }
            }
        }
        return Glossary.of(entries);
    }

    /** Reads a term group up to its end tag: its term, status and note. */
    private static Term term(XMLStreamReader xml, String file) throws XMLStreamException, GlossaryFileException {
        String group = xml.getLocalName();
        int line = xml.getLocation().getLineNumber();
        String text = null;
        TermStatus status = TermStatus.APPROVED;
        String note = "";
        while (!(xml.next() == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals(group))) {
            if (xml.getEventType() == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new GlossaryFileException(file + ": line " + xml.getLocation().getLineNumber()
                        + ": not valid TBX: the entity &" + xml.getLocalName() + "; is not allowed");
            }
            if (xml.getEventType() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.getLocalName()) {
                case "term" -> {
                    line = xml.getLocation().getLineNumber();
                    text = text(xml, file);
                }
                case "termNote" -> {
                    if ("administrativeStatus".equals(xml.getAttributeValue(null, "type"))) {
                        String value = text(xml, file).strip();
                        status = value.equals(FORBIDDEN) || value.equals("supersededTerm-admn-sts")
                                ? TermStatus.FORBIDDEN : TermStatus.APPROVED;
                    }
                }
                case "note" -> {
                    String more = text(xml, file);
                    note = note.isEmpty() ? more : note + "\n" + more;
                }
                default -> {
                }
            }
        }
        if (text == null) {
            throw new GlossaryFileException(file + ": line " + line + ": <" + group + "> has no <term>");
        }
        return new Term(text, status, note, line);
    }

    /**
     * The text of an element without child elements, up to its end tag. Not {@code getElementText}:
     * it turns an entity the reader may not resolve into the word "null".
     */
    private static String text(XMLStreamReader xml, String file) throws XMLStreamException, GlossaryFileException {
        String name = xml.getLocalName();
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    return text.toString();
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new GlossaryFileException(file + ": line "
                        + xml.getLocation().getLineNumber() + ": not valid TBX: the entity &" + xml.getLocalName()
                        + "; is not allowed");
                case XMLStreamConstants.START_ELEMENT -> throw new GlossaryFileException(file + ": line "
                        + xml.getLocation().getLineNumber() + ": not valid TBX: <" + name + "> holds the element <"
                        + xml.getLocalName() + ">; only text was expected");
                default -> {
                    // comments and processing instructions add nothing
                }
            }
        }
    }

    private static boolean isLanguage(String code, String language) {
        if (code == null) {
            return false;
        }
        String lower = code.toLowerCase(Locale.ROOT);
        return lower.equals(language) || lower.startsWith(language + "-") || lower.startsWith(language + "_");
    }

    private static String message(XMLStreamException e) {
        String message = e.getMessage();
        // The JDK prefixes "ParseError at [row,col]:[3,5]\nMessage: "; the line is already said.
        int index = message.indexOf("Message: ");
        return index >= 0 ? message.substring(index + "Message: ".length()).strip() : message.strip();
    }

    static void write(Glossary glossary, OutputStream out) throws IOException {
        Map<String, List<TermEntry>> byEnglish = new LinkedHashMap<>();
        for (TermEntry entry : glossary.entries()) {
            byEnglish.computeIfAbsent(entry.english(), k -> new ArrayList<>()).add(entry);
        }
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("martif");
            xml.writeAttribute("type", "TBX-Basic");
            xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "en");
            open(xml, 1, "martifHeader");
            open(xml, 2, "fileDesc");
            open(xml, 3, "sourceDesc");
            leaf(xml, 4, "p", null, "Song Ngữ glossary");
            close(xml, 3);
            close(xml, 2);
            open(xml, 2, "encodingDesc");
            indent(xml, 3);
            xml.writeStartElement("p");
            xml.writeAttribute("type", "XCSURI");
            xml.writeCharacters("TBXBasicXCSV02.xcs");
            xml.writeEndElement();
            close(xml, 2);
            close(xml, 1);
            open(xml, 1, "text");
            open(xml, 2, "body");
            int id = 0;
            for (List<TermEntry> entries : byEnglish.values()) {
                indent(xml, 3);
                xml.writeStartElement("termEntry");
                xml.writeAttribute("id", "t" + ++id);
                langSet(xml, "en");
                open(xml, 5, "tig");
                leaf(xml, 6, "term", null, entries.get(0).english());
                close(xml, 5);
                close(xml, 4);
                langSet(xml, "vi");
                for (TermEntry entry : entries) {
                    open(xml, 5, "tig");
                    leaf(xml, 6, "term", null, entry.vietnamese());
                    leaf(xml, 6, "termNote", "administrativeStatus",
                            entry.status() == TermStatus.APPROVED ? APPROVED : FORBIDDEN);
                    if (!entry.note().isEmpty()) {
                        leaf(xml, 6, "note", null, entry.note());
                    }
                    close(xml, 5);
                }
                close(xml, 4);
                close(xml, 3);
            }
            close(xml, 2);
            close(xml, 1);
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static void langSet(XMLStreamWriter xml, String language) throws XMLStreamException {
        indent(xml, 4);
        xml.writeStartElement("langSet");
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", language);
    }

    private static void open(XMLStreamWriter xml, int depth, String name) throws XMLStreamException {
        indent(xml, depth);
        xml.writeStartElement(name);
    }

    private static void close(XMLStreamWriter xml, int depth) throws XMLStreamException {
        indent(xml, depth);
        xml.writeEndElement();
    }

    private static void leaf(XMLStreamWriter xml, int depth, String name, String type, String text)
            throws XMLStreamException {
        indent(xml, depth);
        xml.writeStartElement(name);
        if (type != null) {
            xml.writeAttribute("type", type);
        }
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
