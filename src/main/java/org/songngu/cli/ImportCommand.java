package org.songngu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.songngu.core.project.ProjectFile;
import org.songngu.core.project.ProjectFileException;
import org.songngu.core.task.Cancellation;
import org.songngu.core.task.ProgressListener;
import org.songngu.core.tm.ImportReport;
import org.songngu.core.tm.TmImport;
import org.songngu.core.tm.TmImportException;
import org.songngu.core.tm.TranslationMemoryReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import FILE.tmx --project OUT.json}: turns a translation memory into a project to review. */
@Command(name = "import", description = "Import a TMX, CSV or TSV translation memory as a project.")
final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The translation memory (.tmx, .csv or .tsv).")
    private Path file;

    @Option(names = "--project", paramLabel = "OUT", required = true,
            description = "The project file to write (.songngu.json).")
    private Path project;

    @Override
    public Integer call() {
        TranslationMemoryReader reader = reader(file);
        TmImport.Result result;
        try {
            result = TmImport.toProject(file, reader, name(project), Instant.now(), ProgressListener.NONE,
                    Cancellation.NEVER);
        } catch (TmImportException e) {
            throw new UserError(e.getMessage());
        }
        try {
            ProjectFile.save(result.project(), project);
        } catch (ProjectFileException e) {
            throw new UserError(e.getMessage());
        }
        ImportReport report = result.report();
        PrintWriter out = spec.commandLine().getOut();
        out.println("imported " + report.unitsRead() + (report.unitsRead() == 1 ? " unit" : " units") + " from " + file
                + " to " + project);
        out.flush();
        if (report.unitsSkipped() > 0) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("songngu: warning: skipped " + report.unitsSkipped()
                    + (report.unitsSkipped() == 1 ? " unit" : " units") + " without English or Vietnamese text");
            err.flush();
        }
        return 0;
    }

    private static TranslationMemoryReader reader(Path file) {
        return TranslationMemoryReader.forFile(file).orElseThrow(
                () -> new UserError(file + ": unknown kind of file; import reads .tmx, .csv and .tsv"));
    }

    /** The project is named after its file, as {@code align --project} names it. */
    private static String name(Path project) {
        String fileName = project.getFileName().toString();
        String name = fileName.endsWith(ProjectFile.EXTENSION)
                ? fileName.substring(0, fileName.length() - ProjectFile.EXTENSION.length())
                : fileName;
        return name.isBlank() ? fileName : name;
    }
}
