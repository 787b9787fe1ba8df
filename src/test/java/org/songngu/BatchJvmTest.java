package org.songngu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BatchJvmTest {

    private static final Optional<String> JAVA = Optional.of("/opt/jdk/bin/java");

    @Test
    void plainJarRunIsRunAgainWithTheBatchOptionsAndTheSameArguments() {
        List<String> expected = new ArrayList<>(List.of("/opt/jdk/bin/java"));
        expected.addAll(BatchJvm.OPTIONS);
        expected.addAll(List.of("-D" + BatchJvm.MARK + "=true", "-jar", "songngu.jar", "align", "a b.txt", "c.txt"));

        assertEquals(Optional.of(expected), BatchJvm.command(JAVA,
                Optional.of(List.of("-jar", "songngu.jar", "align", "a b.txt", "c.txt")), Map.of(), false));
    }

    @Test
    void batchJvmRunsTheCommandItself() {
        assertEquals(Optional.empty(), BatchJvm.command(JAVA, Optional.of(List.of("-jar", "songngu.jar", "align")), Map.of(), true));
    }

    @Test
    void jvmOptionsTheUserChoseAreKept() {
        assertEquals(Optional.empty(), BatchJvm.command(JAVA,
                Optional.of(List.of("-Xmx8g", "-jar", "songngu.jar", "align")), Map.of(), false));
        for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
            assertEquals(Optional.empty(), BatchJvm.command(JAVA,
                    Optional.of(List.of("-jar", "songngu.jar", "align")), Map.of(variable, "-Xmx8g"), false), variable);
        }
    }

    @Test
    void runsFromClassesOrUnknownProcessesAreNotRunAgain() {
        assertEquals(Optional.empty(), BatchJvm.command(JAVA,
                Optional.of(List.of("-cp", "target/classes", "org.songngu.SongNgu", "align")), Map.of(), false));
        assertEquals(Optional.empty(), BatchJvm.command(Optional.empty(),
                Optional.of(List.of("-jar", "songngu.jar")), Map.of(), false));
        assertEquals(Optional.empty(), BatchJvm.command(JAVA, Optional.empty(), Map.of(), false));
    }

    @Test
    void childsExitCodeIsPassedOn() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = location(SongNgu.class) + File.pathSeparator + location(picocli.CommandLine.class);
        // A command-line error exits with 2 in the child; the parent must report the same.
        int code = BatchJvm.run(List.of(java, "-cp", classPath, "-D" + BatchJvm.MARK + "=true",
                SongNgu.class.getName(), "align", "--no-such-option"));

        assertEquals(2, code);
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
