package org.songngu.ui.app;

import java.awt.Window;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.JOptionPane;
import org.songngu.core.project.Project;
import org.songngu.core.tm.CsvWriter;
import org.songngu.core.tm.ExportReport;
import org.songngu.core.tm.TmExport;
import org.songngu.core.tm.TmExportException;
import org.songngu.core.tm.TmImport;
import org.songngu.core.tm.TmxWriter;
import org.songngu.core.tm.TranslationMemoryReader;
import org.songngu.core.tm.TranslationMemoryWriter;
import org.songngu.ui.task.TaskRunner;

/**
 * File ▸ Export and File ▸ Import of translation memories: the options dialog, the work off the
 * event thread, and what the status bar says afterwards.
 */
final class TranslationMemories {

    /** Where exports go unless the user picks another place, made on first use. */
    static final String EXPORT_FOLDER = "exports";

    private final Window owner;
    private final Consumer<String> say;

    TranslationMemories(Window owner, Consumer<String> say) {
        this.owner = owner;
        this.say = say;
    }

    /**
     * Asks for the export options, then writes the project off the event thread and says how many
     * units were written, with a warning for characters the format cannot hold.
     *
     * @param name what the default file is called, before its ending
     */
    void export(Project project, String name) {
        Path defaultFile = Path.of(EXPORT_FOLDER, name.replaceAll("[/\\\\:]", "-") + ExportDialog.Format.TMX.extension());
        Optional<ExportDialog.Request> request = ExportDialog.ask(owner, defaultFile);
        if (request.isEmpty()) {
            return;
        }
        Path file = request.get().file();
        TranslationMemoryWriter writer = switch (request.get().format()) {
            case TMX -> new TmxWriter(toolVersion(), Instant.now());
            case CSV -> CsvWriter.csv(false);
            case TSV -> CsvWriter.tsv(false);
        };
        TaskRunner.run(owner, () -> Messages.get("task.exporting", file.getFileName()), (progress, cancellation) -> {
            try {
                if (file.equals(defaultFile)) {
                    Files.createDirectories(Path.of(EXPORT_FOLDER));
                }
                return new Exported(TmExport.save(file, writer, project, request.get().options()), null);
            } catch (TmExportException | IOException e) {
                return new Exported(null, e.getMessage());
            }
        }, done -> {
            if (done.failure() != null) {
                showError(done.failure());
                return;
            }
            ExportReport report = done.report();
            say.accept(report.charactersDropped() == 0
                    ? Messages.get("status.exported", report.unitsWritten(), file, report.rowsSkipped())
                    : Messages.get("status.exportedDropped", report.unitsWritten(), file, report.rowsSkipped(),
                            report.charactersDropped()));
        });
    }

    /**
     * Reads a translation memory off the event thread into a new project of its units, named after
     * the file, and hands it to {@code show}; an unknown kind of file or one that cannot be read is
     * reported by a message naming it.
     */
    void importFrom(Path file, Consumer<Project> show) {
        Optional<TranslationMemoryReader> reader = TranslationMemoryReader.forFile(file);
        if (reader.isEmpty()) {
            showError(Messages.get("error.unknownMemory", file));
            return;
        }
        String fileName = file.getFileName().toString();
        String stem = fileName.replaceFirst("\\.[^.]*$", "");
        String name = stem.isBlank() ? fileName : stem;
        TaskRunner.run(owner, () -> Messages.get("task.importing", file.getFileName()),
                (progress, cancellation) -> TmImport.toProject(file, reader.get(), name, Instant.now(), progress,
                        cancellation),
                imported -> {
                    show.accept(imported.project());
                    int skipped = imported.report().unitsSkipped();
                    say.accept(skipped == 0
                            ? Messages.get("status.imported", imported.report().unitsRead(), file.getFileName())
                            : Messages.get("status.importedSkipped", imported.report().unitsRead(), file.getFileName(),
                                    skipped));
                });
    }

    private void showError(String text) {
        JOptionPane.showMessageDialog(owner, text, Messages.get("app.title"), JOptionPane.ERROR_MESSAGE);
    }

    private static String toolVersion() {
        String version = TranslationMemories.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    /** What an export did, or why it failed. */
    private record Exported(ExportReport report, String failure) {
    }
}
