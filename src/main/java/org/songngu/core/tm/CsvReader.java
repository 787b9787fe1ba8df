package org.songngu.core.tm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.songngu.core.align.Confidence;
import org.songngu.core.align.RowStatus;
import org.songngu.core.task.Cancellation;
import org.songngu.core.task.ProgressListener;

/**
 * Reads CSV (RFC 4180) or tab-separated units, UTF-8 with or without a byte-order mark, one record
 * at a time. Columns are those of our export: English, Vietnamese, status, confidence, row. A first
 * record naming English and Vietnamese is a header and may put the columns in any order, as our
 * VI→EN export does; without one, the columns are taken in the export's order and only the first
 * two are required.
 */
public final class CsvReader implements TranslationMemoryReader {

    private static final int PROGRESS_EVERY = 4096;

    private final char delimiter;

    private CsvReader(char delimiter) {
        this.delimiter = delimiter;
    }

    public static CsvReader csv() {
        return new CsvReader(',');
    }

    public static CsvReader tsv() {
        return new CsvReader('\t');
    }

    @Override
    public ImportReport read(Path file, Consumer<TmUnit> units, ProgressListener progress, Cancellation cancellation)
            throws TmImportException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        long size;
        int line = 1;
        try (InputStream raw = Files.newInputStream(file)) {
            size = Files.size(file);
            CountingInputStream in = new CountingInputStream(raw);
            Reader reader = withoutByteOrderMark(new BufferedReader(new InputStreamReader(in,
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT))));
            CSVParser parser = format.parse(reader);
            Iterator<CSVRecord> records = parser.iterator();
            Columns columns = null;
            int read = 0;
            int skipped = 0;
            while (true) {
                line = (int) parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                CSVRecord record = records.next();
                cancellation.check();
                if (columns == null) {
                    columns = Columns.header(record);
                    if (columns != null) {
                        continue;
                    }
                    columns = Columns.POSITIONAL;
                }
                TmUnit unit;
                try {
                    unit = columns.unit(record);
                } catch (IllegalArgumentException e) {
                    throw new TmImportException(file + ": line " + line + ": " + e.getMessage(), e);
                }
                if (unit == null) {
                    skipped++;
                } else {
                    units.accept(unit);
                    read++;
                }
                if ((read + skipped) % PROGRESS_EVERY == 0) {
                    progress.progress(in.count(), size, "Reading " + file.getFileName());
                }
            }
            progress.progress(size, size, "Reading " + file.getFileName());
            return new ImportReport(read, skipped);
        } catch (UncheckedIOException e) {
            throw failure(file, line, e.getCause());
        } catch (NoSuchFileException e) {
            throw new TmImportException(file + ": no such file", e);
        } catch (IOException e) {
            throw failure(file, line, e);
        }
    }

    private static TmImportException failure(Path file, int line, IOException e) {
        if (e instanceof CharacterCodingException) {
            return new TmImportException(file + ": line " + line + ": not UTF-8 text", e);
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // Commons CSV words a broken quote as "(startline 3) EOF reached before encapsulated token finished".
        return new TmImportException(file + ": line " + line + ": " + message.replaceFirst("^\\(startline \\d+\\) ", ""), e);
    }

    /** Drops a byte-order mark, which Excel writes and which would otherwise become part of the first cell. */
    private static Reader withoutByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    /** Where each field stands in a record. */
    private record Columns(int english, int vietnamese, int status, int confidence, int row) {

        static final Columns POSITIONAL = new Columns(0, 1, 2, 3, 4);

        /** The columns a header names, or null when the record is not a header. */
        static Columns header(CSVRecord record) {
            int english = -1;
            int vietnamese = -1;
            int status = -1;
            int confidence = -1;
            int row = -1;
            for (int i = 0; i < record.size(); i++) {
                switch (record.get(i).strip().toLowerCase(Locale.ROOT)) {
                    case "english", "en" -> english = english < 0 ? i : english;
                    case "vietnamese", "vi", "tiếng việt" -> vietnamese = vietnamese < 0 ? i : vietnamese;
                    case "status" -> status = status < 0 ? i : status;
                    case "confidence" -> confidence = confidence < 0 ? i : confidence;
                    case "row" -> row = row < 0 ? i : row;
                    default -> {
                        // a column we do not use
                    }
                }
            }
            return english >= 0 && vietnamese >= 0 ? new Columns(english, vietnamese, status, confidence, row) : null;
        }

        /** The record as a unit, or null when it has neither English nor Vietnamese text. */
        TmUnit unit(CSVRecord record) {
            int needed = Math.max(english, vietnamese) + 1;
            if (record.size() < needed) {
                throw new IllegalArgumentException("expected at least " + needed + " columns (English and Vietnamese), found "
                        + record.size());
            }
            String en = restored(record.get(english));
            String vi = restored(record.get(vietnamese));
            if (en.isBlank() && vi.isBlank()) {
                return null;
            }
            RowStatus rowStatus = UnitFields.status(cell(record, status));
            Confidence rowConfidence = UnitFields.confidence(cell(record, confidence));
            return new TmUnit(en, vi, rowStatus, rowConfidence, UnitFields.row(cell(record, row)));
        }

        private static String cell(CSVRecord record, int index) {
            return index >= 0 && index < record.size() ? record.get(index) : "";
        }

        /** Undoes the apostrophe our export puts before a cell a spreadsheet would run as a formula. */
        static String restored(String cell) {
            if (cell.length() >= 2 && cell.charAt(0) == '\'') {
                char next = cell.charAt(1);
                if (next == '=' || next == '+' || next == '-' || next == '@' || next == '\t' || next == '\r') {
                    return cell.substring(1);
                }
            }
            return cell;
        }
    }
}
