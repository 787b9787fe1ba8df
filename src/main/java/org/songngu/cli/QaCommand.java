package org.songngu.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.songngu.core.project.Project;
import org.songngu.core.qa.QaChecker;
import org.songngu.core.qa.QaFinding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qa PROJECT}: prints the QA findings of a project's rows, one per line. */
@Command(name = "qa", description = {
    "Check a project's rows: glossary terms missing or forbidden, numbers that differ, unusual lengths.",
    "Exit status: 0 no findings, 1 findings, 2 error."})
final class QaCommand implements Callable<Integer> {

    /** Exit code when the checks found something, so scripts can stop a pipeline on it. */
    static final int EXIT_FINDINGS = 1;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file (.songngu.json).")
    private Path projectFile;

    @Option(names = "--glossary", paramLabel = "FILE",
            description = "Check against this glossary (CSV, TSV or TBX) instead of the project's own.")
    private Path glossaryFile;

    @Option(names = "--format", paramLabel = "text|csv", defaultValue = "text",
            description = "text: 'row N: check: detail' lines (default); csv: row,check,detail.")
    private String format;

    @Override
    public Integer call() {
        boolean csv = switch (format) {
            case "text" -> false;
            case "csv" -> true;
            default -> throw new UserError("--format must be text or csv, not '" + format + "'");
        };
        Project project = GlossaryInput.load(projectFile, glossaryFile);
        List<QaFinding> findings = new QaChecker(project.glossary()).check(project.alignment());
        PrintWriter out = spec.commandLine().getOut();
        if (csv) {
            printCsv(findings, out);
        } else {
            findings.forEach(finding -> out.println(finding.line()));
        }
        out.flush();
        return findings.isEmpty() ? 0 : EXIT_FINDINGS;
    }

    private static void printCsv(List<QaFinding> findings, PrintWriter out) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n")
                    .setHeader("row", "check", "detail").get());
            for (QaFinding finding : findings) {
                printer.printRecord(finding.row(), finding.check().label(), finding.detail());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
