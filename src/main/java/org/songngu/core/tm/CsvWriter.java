package org.songngu.core.tm;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.songngu.core.project.Project;
import org.songngu.core.task.Cancellation;
import org.songngu.core.task.ProgressListener;

/**
 * Writes exported rows as RFC 4180 CSV or as tab-separated values, UTF-8, one record per row under
 * a header. The source language's column comes first, as CAT tools importing a table expect.
 */
public final class CsvWriter implements TranslationMemoryWriter {

    private final char delimiter;
    private final boolean byteOrderMark;

    private CsvWriter(char delimiter, boolean byteOrderMark) {
        this.delimiter = delimiter;
        this.byteOrderMark = byteOrderMark;
    }

    /** Comma-separated; with {@code byteOrderMark}, Excel opens it as UTF-8 rather than the ANSI code page. */
    public static CsvWriter csv(boolean byteOrderMark) {
        return new CsvWriter(',', byteOrderMark);
    }

    /** Tab-separated, quoted like CSV where a cell holds a tab, a quote or a line break. */
    public static CsvWriter tsv(boolean byteOrderMark) {
        return new CsvWriter('\t', byteOrderMark);
    }

    @Override
    public ExportReport write(Project project, ExportOptions options, OutputStream out, ProgressListener progress,
            Cancellation cancellation) throws IOException {
        boolean englishFirst = options.direction() == ExportOptions.Direction.EN_VI;
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setHeader(englishFirst ? "English" : "Vietnamese", englishFirst ? "Vietnamese" : "English",
                        "status", "confidence", "row")
                .get();
        Writer writer = new Utf8Writer(out);
        if (byteOrderMark) {
            writer.write('\uFEFF');
        }
        // Not closed: the stream belongs to the caller.
        CSVPrinter printer = new CSVPrinter(writer, format);
        ExportReport report = ExportRows.each(project.alignment(), options, progress, cancellation,
                (index, row) -> printer.printRecord(neutralised(ExportRows.source(row, options)),
                        neutralised(ExportRows.target(row, options)), ExportRows.status(row),
                        row.confidence().fourDecimals(), index + 1));
        printer.flush();
        return report;
    }

    /**
     * A spreadsheet runs a cell starting with =, +, - or @ (or a tab or carriage return before one)
     * as a formula; a leading apostrophe makes it text, which is what OWASP advises for CSV exports.
     */
    static String neutralised(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}
