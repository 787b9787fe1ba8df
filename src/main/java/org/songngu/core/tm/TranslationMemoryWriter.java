package org.songngu.core.tm;

import java.io.IOException;
import java.io.OutputStream;
import org.songngu.core.project.Project;
import org.songngu.core.task.Cancellation;
import org.songngu.core.task.ProgressListener;

/** Writes a project's rows in one translation-memory format. */
public interface TranslationMemoryWriter {

    /**
     * Writes the whole file to {@code out} without closing it, reporting rows done of all rows and
     * throwing {@link java.util.concurrent.CancellationException} as soon as cancellation is asked for.
     */
    ExportReport write(Project project, ExportOptions options, OutputStream out, ProgressListener progress,
            Cancellation cancellation) throws IOException;

    /** Writes the whole file to {@code out} without closing it, neither reporting progress nor cancellable. */
    default ExportReport write(Project project, ExportOptions options, OutputStream out) throws IOException {
        return write(project, options, out, ProgressListener.NONE, Cancellation.NEVER);
    }
}
