package org.songngu.core.glossary;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.songngu.core.io.AtomicFileWriter;

/**
 * Reads and writes glossaries as CSV, TSV or TBX-Basic, chosen by the file's extension: {@code .tbx}
 * is TBX, {@code .tsv} and {@code .tab} are tab-separated, anything else is comma-separated.
 *
 * <p>CSV and TSV have a header row naming the columns {@code en}, {@code vi}, {@code status} and
 * {@code note} in any order; only {@code en} and {@code vi} are required, a blank status means
 * approved, other columns are ignored, and rows whose cells are all blank are skipped. Files are
 * UTF-8 with or without a byte-order mark. Writing replaces the file atomically.
 */
public final class GlossaryFile {

    /** The formats by name, as the user can see them. */
    enum Format {
        CSV, TSV, TBX
    }

    private GlossaryFile() {
    }

    /** Reads the glossary in {@code file}; the format follows from its extension. */
    public static Glossary read(Path file) throws GlossaryFileException {
        byte[] bytes;
        try {
            bytes = java.nio.file.Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new GlossaryFileException(file + ": no such file", e);
        } catch (IOException e) {
            throw new GlossaryFileException(file + ": cannot be read: " + e.getMessage(), e);
        }
        return switch (format(file)) {
            case CSV -> GlossaryCsv.read(bytes, file.toString(), false);
            case TSV -> GlossaryCsv.read(bytes, file.toString(), true);
            case TBX -> GlossaryTbx.read(bytes, file.toString());
        };
    }

    /** Writes {@code glossary} to {@code file} atomically; the format follows from its extension. */
    public static void write(Glossary glossary, Path file) throws GlossaryFileException {
        Format format = format(file);
        try {
            AtomicFileWriter.write(file, out -> {
                switch (format) {
                    case CSV -> GlossaryCsv.write(glossary, out, false);
                    case TSV -> GlossaryCsv.write(glossary, out, true);
                    case TBX -> GlossaryTbx.write(glossary, out);
                }
            }, false);
        } catch (IOException e) {
            throw new GlossaryFileException(file + ": cannot be written: " + e.getMessage(), e);
        }
    }

    static Format format(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".tbx")) {
            return Format.TBX;
        }
        return name.endsWith(".tsv") || name.endsWith(".tab") ? Format.TSV : Format.CSV;
    }
}
