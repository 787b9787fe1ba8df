package org.songngu.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: dispatches to subcommands and turns failures into exit codes. */
@Command(
        name = "songngu",
        mixinStandardHelpOptions = true,
        // Every subcommand answers --help too: "songngu align --help" is what users type.
        scope = CommandLine.ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        description = "Song Ngữ: English–Vietnamese alignment workbench.",
        subcommands = {SegmentCommand.class, AlignCommand.class, ExportCommand.class, ImportCommand.class,
                QaCommand.class, TermsCommand.class, BenchSegmentCommand.class, BenchQaCommand.class,
                BenchTmCommand.class})
public final class SongNguCommand implements Runnable {

    /** Exit code for bad input: a missing file, an unknown option value, unreadable text. */
    public static final int EXIT_BAD_INPUT = 2;

    /** Without a subcommand on a machine without a display: the window cannot open. */
    @Override
    public void run() {
        throw new UserError("no display for the workbench window; the command line works without one: "
                + "java -jar songngu.jar --help");
    }

    /** Runs the command line and returns the process exit code. */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new SongNguCommand());
        commandLine.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        commandLine.setExecutionExceptionHandler(new UserErrorHandler());
        commandLine.setParameterExceptionHandler((ex, arguments) -> {
            ex.getCommandLine().getErr().println("songngu: " + ex.getMessage());
            return EXIT_BAD_INPUT;
        });
        return commandLine.execute(args);
    }
}
