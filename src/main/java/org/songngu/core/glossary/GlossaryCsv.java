package org.songngu.core.glossary;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** Glossaries as comma- or tab-separated values with a header row; see {@link GlossaryFile}. */
final class GlossaryCsv {

    private static final List<String> HEADER = List.of("en", "vi", "status", "note");

    private GlossaryCsv() {
    }

    static Glossary read(byte[] bytes, String file, boolean tabs) throws GlossaryFileException {
        String text = decode(bytes, file);
        CSVFormat format = (tabs ? CSVFormat.TDF : CSVFormat.RFC4180).builder().setIgnoreEmptyLines(true).get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            Lines lines = new Lines(text);
            if (!next(records, parser, file)) {
                return Glossary.empty();
            }
            CSVRecord header = records.next();
            Map<String, Integer> columns = columns(header, file, lines.of(header));
            List<TermEntry> entries = new ArrayList<>();
            Map<String, Long> pairs = new HashMap<>();
            while (next(records, parser, file)) {
                CSVRecord record = records.next();
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                long line = lines.of(record);
                TermEntry entry = entry(record, columns, file, line);
                Long earlier = pairs.putIfAbsent(entry.englishKey() + "\n" + entry.vietnameseKey(), line);
                if (earlier != null) {
                    throw new GlossaryFileException(file + ": line " + line + ": " + entry.pair()
                            + " repeats the pair of line " + earlier);
                }
                entries.add(entry);
            }
            return Glossary.of(entries);
        } catch (IOException e) {
            throw new GlossaryFileException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Line numbers of records, counted from 1 as editors do; a quoted cell may hold line breaks, so
     * record and line numbers differ. Records come in order, so counting goes on from the last one.
     */
    private static final class Lines {
        private final String text;
        private int position;
        private long line = 1;

        Lines(String text) {
            this.text = text;
        }

        long of(CSVRecord record) {
            int end = (int) Math.min(record.getCharacterPosition(), text.length());
            for (; position < end; position++) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    /** Whether there is another record; Commons CSV reports malformed input only when asked for the next one. */
    private static boolean next(Iterator<CSVRecord> records, CSVParser parser, String file)
            throws GlossaryFileException {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            String cause = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            throw new GlossaryFileException(file + ": line " + parser.getCurrentLineNumber() + ": not valid CSV: "
                    + cause, e);
        }
    }

    private static Map<String, Integer> columns(CSVRecord header, String file, long line) throws GlossaryFileException {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (HEADER.contains(name) && columns.putIfAbsent(name, i) != null) {
                throw new GlossaryFileException(file + ": line " + line + ": the header names column '" + name
                        + "' twice");
            }
        }
        if (!columns.containsKey("en") || !columns.containsKey("vi")) {
            throw new GlossaryFileException(file + ": line " + line + ": the header row must name the columns en and vi"
                    + " (and may name status and note); found: " + String.join(", ", header.toList()));
        }
        return columns;
    }

    private static TermEntry entry(CSVRecord record, Map<String, Integer> columns, String file, long line)
            throws GlossaryFileException {
        String statusText = cell(record, columns, "status");
        TermStatus status = statusText.isBlank() ? TermStatus.APPROVED : TermStatus.fromLabel(statusText)
                .orElseThrow(() -> new GlossaryFileException(file + ": line " + line + ": status '" + statusText
                        + "' is neither approved nor forbidden"));
        try {
            return new TermEntry(cell(record, columns, "en"), cell(record, columns, "vi"), status,
                    cell(record, columns, "note"));
        } catch (IllegalArgumentException e) {
            throw new GlossaryFileException(file + ": line " + line + ": " + e.getMessage(), e);
        }
    }

    private static String cell(CSVRecord record, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null || index >= record.size() ? "" : record.get(index);
    }

    private static String decode(byte[] bytes, String file) throws GlossaryFileException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new GlossaryFileException(file + ": not UTF-8 text; save it as UTF-8 and try again", e);
        }
    }

    static void write(Glossary glossary, OutputStream out, boolean tabs) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVFormat format = (tabs ? CSVFormat.TDF : CSVFormat.RFC4180).builder().setHeader(HEADER.toArray(String[]::new))
                .get();
        CSVPrinter printer = new CSVPrinter(writer, format);
        for (TermEntry entry : glossary.entries()) {
            printer.printRecord(entry.english(), entry.vietnamese(), entry.status().label(), entry.note());
        }
        printer.flush();
    }
}
