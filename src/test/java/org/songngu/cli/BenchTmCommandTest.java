package org.songngu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchTmCommandTest {

    @TempDir
    Path dir;

    @Test
    void measuresEachStepAndLeavesTheFilesInTheGivenFolder() throws Exception {
        CommandLineRun run = CommandLineRun.of("bench-tm", "--units", "300", "--folder", dir.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines()).hasSize(5);
        assertThat(run.out().lines().skip(1).map(line -> line.substring(0, 28).strip())).containsExactly(
                "export TMX", "export CSV", "read TMX (reader alone)", "import TMX (into a project)");
        assertThat(run.out()).contains(" units/s ", "live heap");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder("bench.tmx", "bench.csv");
        }
    }

    @Test
    void generatesTheUnitsItWasAskedFor() {
        assertThat(BenchTmCommand.project(7).alignment().size()).isEqualTo(7);
        assertThat(BenchTmCommand.project(7).alignment().row(6).vietnamese().get(0).text())
                .isEqualTo("Giá gạo ở các tỉnh phía bắc đã tăng 8 phần trăm trong mùa xuân này.");
    }

    @Test
    void refusesFewerThanOneUnit() {
        assertThat(CommandLineRun.of("bench-tm", "--units", "0"))
                .isEqualTo(new CommandLineRun(2, "", "songngu: --units must be at least 1, not 0\n"));
    }
}
