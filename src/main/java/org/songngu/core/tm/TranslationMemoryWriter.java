package org.songngu.core.tm;

import java.io.IOException;
import java.io.OutputStream;
import org.songngu.core.project.Project;

/** Writes a project's rows in one translation-memory format. */
public interface TranslationMemoryWriter {

    /** Writes the whole file to {@code out} without closing it. */
    ExportReport write(Project project, ExportOptions options, OutputStream out) throws IOException;
}
