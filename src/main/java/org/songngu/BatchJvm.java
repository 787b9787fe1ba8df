package org.songngu;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a command-line invocation again in a JVM set up for batch work; see
 * docs/decisions/0009-batch-jvm.md. Only a plain {@code java -jar songngu.jar ...} is run again:
 * JVM options the user chose, on the command line or in the environment, are theirs to keep.
 */
final class BatchJvm {

    /**
     * C1 only: on work of seconds, C2 compiling on one of the machine's cores costs more than its
     * faster code gains back. With C1 alone a compilation is cheap, so a method is compiled after a
     * quarter of the usual calls and a loop after a tenth of the usual turns instead of being
     * interpreted that long. Serial GC:
     * a third less memory than G1 for the same work. A young generation of 32 MB rather than the
     * third of the initial heap Serial GC takes (over 100 MB on a 24 GB machine): what the work
     * keeps is promoted the sooner, and the pages of an eden it never needed are not touched.
     */
    static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1",
            "-XX:Tier3InvocationThreshold=50", "-XX:Tier3MinInvocationThreshold=20",
            "-XX:Tier3CompileThreshold=500", "-XX:Tier3BackEdgeThreshold=6000", "-XX:+UseSerialGC", "-Xmn32m");

    /** Set in the batch JVM, so that it runs the command itself. */
    static final String MARK = "songngu.batchJvm";

    /** Variables through which a user gives the JVM options of their own. */
    private static final List<String> OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

    private BatchJvm() {
    }

    /**
     * The command that runs this invocation in a batch JVM, or empty when this JVM should run it.
     *
     * @param java the running JVM's executable
     * @param arguments the running JVM's arguments, program arguments included
     */
    static Optional<List<String>> command(Optional<String> java, Optional<List<String>> arguments,
            Map<String, String> environment, boolean inBatchJvm) {
        if (inBatchJvm || java.isEmpty() || arguments.isEmpty() || arguments.get().size() < 2
                || !arguments.get().get(0).equals("-jar") || OPTION_VARIABLES.stream().anyMatch(environment::containsKey)) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.get());
        command.addAll(OPTIONS);
        command.add("-D" + MARK + "=true");
        command.addAll(arguments.get());
        return Optional.of(command);
    }

    /** The command for the running JVM, or empty when it runs the invocation itself. */
    static Optional<List<String>> command() {
        ProcessHandle.Info self = ProcessHandle.current().info();
        return command(self.command(), self.arguments().map(List::of), System.getenv(), Boolean.getBoolean(MARK));
    }

    /**
     * Runs the command with this process's input and output and returns its exit code; the
     * child is stopped if this process is.
     */
    static int run(List<String> command) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(command).inheritIO().start();
        Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));
        return child.waitFor();
    }
}
