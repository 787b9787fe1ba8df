package org.songngu.core.tm;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.songngu.core.task.Cancellation;
import org.songngu.core.task.ProgressListener;

/** Reads the units of a translation-memory file one by one, never holding more than one in memory. */
public interface TranslationMemoryReader {

    /** The endings {@link #forFile} knows, without the dot. */
    String[] FILE_ENDINGS = {"tmx", "csv", "tsv", "tab"};

    /** The reader for a file by its ending (.tmx, .csv, .tsv or .tab), if it has one of them. */
    static Optional<TranslationMemoryReader> forFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".tmx")) {
            return Optional.of(new TmxReader());
        }
        if (name.endsWith(".csv")) {
            return Optional.of(CsvReader.csv());
        }
        if (name.endsWith(".tsv") || name.endsWith(".tab")) {
            return Optional.of(CsvReader.tsv());
        }
        return Optional.empty();
    }

    /**
     * Hands every unit of {@code file} to {@code units} in file order. Progress counts bytes of the
     * file; a cancelled read throws {@link java.util.concurrent.CancellationException}.
     */
    ImportReport read(Path file, Consumer<TmUnit> units, ProgressListener progress, Cancellation cancellation)
            throws TmImportException;
}
