package org.songngu.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.songngu.core.project.Project;
import org.songngu.core.qa.ConsistencyReport;
import org.songngu.core.qa.TermUsage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code terms PROJECT}: prints how each glossary term is rendered across a project's rows. */
@Command(name = "terms", description = "Show, per English glossary term, each Vietnamese rendering found in the"
        + " project's rows and how often.")
final class TermsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The project file (.songngu.json).")
    private Path projectFile;

    @Option(names = "--glossary", paramLabel = "FILE",
            description = "Report on this glossary (CSV, TSV or TBX) instead of the project's own.")
    private Path glossaryFile;

    @Override
    public Integer call() {
        Project project = GlossaryInput.load(projectFile, glossaryFile);
        if (project.glossary().isEmpty()) {
            throw new UserError(projectFile + ": the project has no glossary; give one with --glossary FILE");
        }
        List<TermUsage> report = ConsistencyReport.of(project.glossary(), project.alignment());
        PrintWriter out = spec.commandLine().getOut();
        if (report.isEmpty()) {
            out.println("no glossary term occurs in the English rows");
        }
        report.forEach(usage -> out.println(usage.line()));
        out.flush();
        return 0;
    }
}
