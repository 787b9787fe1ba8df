package org.songngu.core.tm;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.songngu.core.task.Cancellation;
import org.songngu.core.task.ProgressListener;

/** Reads the units of a translation-memory file one by one, never holding more than one in memory. */
public interface TranslationMemoryReader {

    /**
     * Hands every unit of {@code file} to {@code units} in file order. Progress counts bytes of the
     * file; a cancelled read throws {@link java.util.concurrent.CancellationException}.
     */
    ImportReport read(Path file, Consumer<TmUnit> units, ProgressListener progress, Cancellation cancellation)
            throws TmImportException;
}
