package org.songngu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchQaCommandTest {

    @Test
    void reportsRowsEntriesFindingsAndTimes() {
        CommandLineRun run = CommandLineRun.of("bench-qa", "--rows", "200", "--terms", "50");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).matches("QA of 200 rows against 50 glossary entries: \\d+ findings in \\d+\\.\\d\\d s"
                + " \\(\\d+\\.\\d\\d s CPU over all threads; \\d+\\.\\d\\d s after JVM start, generation included;"
                + " load average -?\\d+\\.\\d on \\d+ cores\\)\n");
    }

    @Test
    void isHiddenFromHelp() {
        assertThat(CommandLineRun.of("--help").out()).contains("qa", "terms").doesNotContain("bench-qa");
    }
}
