package org.songngu.core.tm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TmExportTest {

    @TempDir
    Path dir;

    @Test
    void savesTheFileAndReturnsTheWritersReport() throws Exception {
        Path file = dir.resolve("river.csv");

        ExportReport report = TmExport.save(file, CsvWriter.csv(false), TmFixtures.river(), ExportOptions.defaults());

        assertThat(report).isEqualTo(new ExportReport(3, 1, 0));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("English,Vietnamese,");
    }

    @Test
    void aWriterThatFailsHalfwayLeavesThePreviousFile() throws Exception {
        Path file = dir.resolve("river.tmx");
        Files.writeString(file, "previous");
        TranslationMemoryWriter failing = (project, options, out) -> {
            out.write("<?xml".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        };

        assertThatThrownBy(() -> TmExport.save(file, failing, TmFixtures.river(), ExportOptions.defaults()))
                .isInstanceOf(TmExportException.class)
                .hasMessage(file + ": could not be written: disk full");
        assertThat(Files.readString(file)).isEqualTo("previous");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aMissingFolderIsNamed() {
        Path file = dir.resolve("nowhere/river.tmx");

        assertThatThrownBy(() -> TmExport.save(file, CsvWriter.csv(false), TmFixtures.river(), ExportOptions.defaults()))
                .isInstanceOf(TmExportException.class)
                .hasMessage(file + ": could not be written: the folder " + dir.resolve("nowhere") + " does not exist");
    }
}
