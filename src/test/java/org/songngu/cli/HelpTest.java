package org.songngu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"segment", "align", "export", "import", "qa", "terms"})
    void everySubcommandAnswersHelpWithItsUsage(String command) {
        CommandLineRun run = CommandLineRun.of(command, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: songngu " + command + " ");
        assertThat(run.err()).isEmpty();
    }
}
