package org.songngu.core.tm;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.songngu.core.io.AtomicFileWriter;
import org.songngu.core.project.Project;
import org.songngu.core.task.Cancellation;
import org.songngu.core.task.ProgressListener;

/** Writes an export file atomically: a failed export leaves the old file, or none, never half a file. */
public final class TmExport {

    private TmExport() {
    }

    public static ExportReport save(Path file, TranslationMemoryWriter writer, Project project, ExportOptions options)
            throws TmExportException {
        return save(file, writer, project, options, ProgressListener.NONE, Cancellation.NEVER);
    }

    /**
     * Saves with progress in rows; a cancelled export throws
     * {@link java.util.concurrent.CancellationException} and leaves the old file, or none, under the target name.
     */
    public static ExportReport save(Path file, TranslationMemoryWriter writer, Project project, ExportOptions options,
            ProgressListener progress, Cancellation cancellation) throws TmExportException {
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new TmExportException(file + ": could not be written: the folder " + folder + " does not exist");
        }
        ExportReport[] report = new ExportReport[1];
        try {
            AtomicFileWriter.write(file, out -> report[0] = writer.write(project, options, out, progress, cancellation),
                    false);
        } catch (IOException e) {
            throw new TmExportException(file + ": could not be written: " + describe(e), e);
        }
        return report[0];
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            return "permission denied for " + denied.getFile();
        }
        if (e instanceof NoSuchFileException missing) {
            return "no such file or folder " + missing.getFile();
        }
        if (e instanceof FileSystemException system && system.getReason() != null) {
            return system.getReason() + " (" + system.getFile() + ")";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
