package org.songngu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import org.songngu.core.project.Project;
import org.songngu.core.tm.ExportOptions;
import org.songngu.core.tm.ExportReport;
import org.songngu.core.tm.TmExport;
import org.songngu.core.tm.TmExportException;
import org.songngu.core.tm.TmxWriter;
import org.songngu.core.tm.TranslationMemoryWriter;
import picocli.CommandLine.Model.CommandSpec;

/** Writes a translation memory for a command and tells the user what was written, and what was left out. */
final class TranslationMemoryOutput {

    private TranslationMemoryOutput() {
    }

    static TranslationMemoryWriter tmx() {
        String version = SongNguCommand.class.getPackage().getImplementationVersion();
        return new TmxWriter(version == null ? "development" : version, Instant.now());
    }

    static void save(Path file, TranslationMemoryWriter writer, Project project, ExportOptions options, CommandSpec spec) {
        ExportReport report;
        try {
            report = TmExport.save(file, writer, project, options);
        } catch (TmExportException e) {
            throw new UserError(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("exported " + report.unitsWritten() + (report.unitsWritten() == 1 ? " unit" : " units") + " to " + file);
        out.flush();
        if (report.charactersDropped() > 0) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("songngu: warning: left out " + report.charactersDropped()
                    + (report.charactersDropped() == 1 ? " character" : " characters")
                    + " that XML 1.0 cannot hold (control characters or broken surrogates)");
            err.flush();
        }
    }
}
