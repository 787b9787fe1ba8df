package org.songngu.core.tm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.songngu.core.align.Confidence;
import org.songngu.core.align.RowStatus;
import org.songngu.core.task.Cancellation;
import org.songngu.core.task.ProgressListener;

/**
 * Reads TMX 1.1 to 1.4b with StAX, one unit at a time. Of each {@code <tu>} it takes the first
 * English and the first Vietnamese {@code <tuv>} (by {@code xml:lang}, or {@code lang} in TMX 1.1),
 * keeps the text of {@code <hi>} and drops the native codes of {@code <bpt>}, {@code <ept>},
 * {@code <it>}, {@code <ph>} and {@code <ut>}, and restores status, confidence and row from the
 * {@code x-status}, {@code x-confidence} and {@code x-row} properties our export writes.
 *
 * <p>A TMX comes from outside, so the parser never reads a DTD or an external entity: a hostile
 * file cannot make it open a local file or the network, and with no DTD there is no entity to expand.
 */
public final class TmxReader implements TranslationMemoryReader {

    private static final System.Logger LOG = System.getLogger(TmxReader.class.getName());

    /** Elements whose content is the original format's markup, not text a translator reads. */
    private static final Set<String> CODE_ELEMENTS = Set.of("bpt", "ept", "it", "ph", "ut");

    private static final int PROGRESS_EVERY = 4096;

    private final XMLInputFactory factory = safeFactory();

    @Override
    public ImportReport read(Path file, Consumer<TmUnit> units, ProgressListener progress, Cancellation cancellation)
            throws TmImportException {
        long size = size(file);
        try (InputStream raw = Files.newInputStream(file)) {
            CountingInputStream in = new CountingInputStream(raw);
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                return new Parse(file, xml, units, () -> progress.progress(in.count(), size, "Reading " + file.getFileName()),
                        cancellation).run();
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new TmImportException(file + ": not well-formed XML" + where(e.getLocation()) + ": " + problem(e), e);
        } catch (NoSuchFileException e) {
            throw new TmImportException(file + ": no such file", e);
        } catch (IOException e) {
            throw new TmImportException(file + ": could not be read: " + e.getMessage(), e);
        }
    }

    private static long size(Path file) throws TmImportException {
        try {
            return Files.size(file);
        } catch (NoSuchFileException e) {
            throw new TmImportException(file + ": no such file", e);
        } catch (IOException e) {
            throw new TmImportException(file + ": could not be read: " + e.getMessage(), e);
        }
    }

    /** The JDK's own StAX parser, whatever else is on the class path, with DTDs and external entities off. */
    static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        // Should anything still ask for an external resource, refuse rather than fetch it.
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("refused to load the external resource " + systemId);
        });
        setLimit(factory, "jdk.xml.entityExpansionLimit", "1000");
        setLimit(factory, "jdk.xml.maxElementDepth", "100");
        return factory;
    }

    private static void setLimit(XMLInputFactory factory, String name, String value) {
        try {
            factory.setProperty(name, value);
        } catch (IllegalArgumentException e) {
            // Only a belt: with DTDs off no entity is ever expanded.
            LOG.log(System.Logger.Level.DEBUG, "the XML parser does not support {0}", name);
        }
    }

    private static String where(Location location) {
        if (location == null || location.getLineNumber() < 0) {
            return "";
        }
        return " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }

    /** The JDK puts "ParseError at [row,col]:[3,5]" and a line break before the problem; the caller says where. */
    private static String problem(XMLStreamException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int start = message.indexOf("Message: ");
        String problem = start >= 0 ? message.substring(start + "Message: ".length()) : message;
        return problem.replaceAll("\\s+", " ").strip();
    }

    /** The state of one pass over one file. */
    private static final class Parse {

        private final Path file;
        private final XMLStreamReader xml;
        private final Consumer<TmUnit> units;
        private final Runnable progress;
        private final Cancellation cancellation;

        private int read;
        private int skipped;

        private boolean inUnit;
        private int unitLine;
        private String english;
        private String vietnamese;
        private RowStatus status;
        private Confidence confidence;
        private int row;

        private UnitFields.Side variantSide;
        private String propType;
        private StringBuilder propText;
        private StringBuilder segment;
        private int codeDepth;

        Parse(Path file, XMLStreamReader xml, Consumer<TmUnit> units, Runnable progress, Cancellation cancellation) {
            this.file = file;
            this.xml = xml;
            this.units = units;
            this.progress = progress;
            this.cancellation = cancellation;
        }

        ImportReport run() throws XMLStreamException, TmImportException {
            boolean root = true;
            while (xml.hasNext()) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (root && !xml.getLocalName().equals("tmx")) {
                            throw new TmImportException(file + ": not a TMX file (the root element is <"
                                    + xml.getLocalName() + ">, not <tmx>)");
                        }
                        root = false;
                        start(xml.getLocalName());
                    }
                    case XMLStreamConstants.END_ELEMENT -> end(xml.getLocalName());
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text();
                    default -> {
                        // comments, processing instructions and the DOCTYPE carry no unit text
                    }
                }
            }
            if (root) {
                throw new TmImportException(file + ": not a TMX file (no <tmx> element)");
            }
            progress.run();
            return new ImportReport(read, skipped);
        }

        private void start(String name) {
            if (segment != null) {
                if (CODE_ELEMENTS.contains(name) || codeDepth > 0) {
                    codeDepth++;
                }
                return;
            }
            switch (name) {
                case "tu" -> {
                    inUnit = true;
                    unitLine = xml.getLocation().getLineNumber();
                    english = null;
                    vietnamese = null;
                    status = RowStatus.UNCONFIRMED;
                    confidence = Confidence.UNKNOWN;
                    row = 0;
                }
                case "prop" -> {
                    if (inUnit && variantSide == null) {
                        propType = xml.getAttributeValue(null, "type");
                        propText = new StringBuilder();
                    }
                }
                case "tuv" -> {
                    if (inUnit) {
                        variantSide = UnitFields.side(language());
                    }
                }
                case "seg" -> {
                    if (variantSide != null) {
                        segment = new StringBuilder();
                    }
                }
                default -> {
                    // header, body, note and the like: nothing to keep
                }
            }
        }

        /** {@code xml:lang} in TMX 1.4, {@code lang} in 1.1 and in some tools' 1.4 files. */
        private String language() {
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                String namespace = xml.getAttributeNamespace(i);
                if (xml.getAttributeLocalName(i).equals("lang")
                        && (namespace == null || namespace.isEmpty() || namespace.equals(XMLConstants.XML_NS_URI))) {
                    return xml.getAttributeValue(i);
                }
            }
            return "";
        }

        private void text() {
            if (segment != null) {
                if (codeDepth == 0) {
                    segment.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                }
            } else if (propText != null) {
                propText.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
            }
        }

        private void end(String name) throws TmImportException {
            if (segment != null && codeDepth > 0) {
                codeDepth--;
                return;
            }
            switch (name) {
                case "seg" -> {
                    if (segment != null) {
                        String text = segment.toString();
                        if (variantSide == UnitFields.Side.ENGLISH && english == null) {
                            english = text;
                        } else if (variantSide == UnitFields.Side.VIETNAMESE && vietnamese == null) {
                            vietnamese = text;
                        }
                        segment = null;
                    }
                }
                case "tuv" -> variantSide = null;
                case "prop" -> {
                    if (propText != null) {
                        property(propType, propText.toString());
                        propType = null;
                        propText = null;
                    }
                }
                case "tu" -> {
                    if (inUnit) {
                        unit();
                        inUnit = false;
                    }
                }
                default -> {
                    // hi and other inline elements: their text is already in the segment
                }
            }
        }

        private void property(String type, String value) throws TmImportException {
            if (type == null) {
                return;
            }
            try {
                switch (type) {
                    case "x-status" -> status = UnitFields.status(value);
                    case "x-confidence" -> confidence = UnitFields.confidence(value);
                    case "x-row" -> row = UnitFields.row(value);
                    default -> {
                        // other tools' properties mean nothing to a row
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new TmImportException(file + ": line " + xml.getLocation().getLineNumber() + ": " + e.getMessage(), e);
            }
        }

        private void unit() {
            cancellation.check();
            String en = english == null ? "" : english;
            String vi = vietnamese == null ? "" : vietnamese;
            if (en.isBlank() && vi.isBlank()) {
                skipped++;
                LOG.log(System.Logger.Level.DEBUG, "{0}: line {1}: unit without English or Vietnamese text skipped",
                        file, unitLine);
            } else {
                units.accept(new TmUnit(en, vi, status, confidence, row));
                read++;
            }
            if ((read + skipped) % PROGRESS_EVERY == 0) {
                progress.run();
            }
        }
    }
}
