package org.songngu.core.tm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songngu.core.task.Cancellation;
import org.songngu.core.task.ProgressListener;

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
        TranslationMemoryWriter failing = (project, options, out, progress, cancellation) -> {
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
    void aCancelledExportLeavesNoFileUnderTheTargetName() throws Exception {
        for (TranslationMemoryWriter writer : List.of(new TmxWriter("0.1.0", TmFixtures.EXPORTED), CsvWriter.csv(false))) {
            Path file = dir.resolve("cancelled");
            AtomicInteger checks = new AtomicInteger();
            Cancellation afterTwoRows = () -> checks.incrementAndGet() > 2;

            assertThatThrownBy(() -> TmExport.save(file, writer, TmFixtures.river(), ExportOptions.defaults(),
                    ProgressListener.NONE, afterTwoRows)).isInstanceOf(CancellationException.class);
            assertThat(checks).hasValue(3);
            try (Stream<Path> left = Files.list(dir)) {
                assertThat(left).isEmpty();
            }
        }
    }

    @Test
    void aCancelledExportLeavesThePreviousFile() throws Exception {
        Path file = dir.resolve("river.tmx");
        Files.writeString(file, "previous");

        assertThatThrownBy(() -> TmExport.save(file, new TmxWriter("0.1.0", TmFixtures.EXPORTED), TmFixtures.river(),
                ExportOptions.defaults(), ProgressListener.NONE, () -> true)).isInstanceOf(CancellationException.class);
        assertThat(Files.readString(file)).isEqualTo("previous");
    }

    @Test
    void reportsProgressInRowsFromNoneToAll() throws Exception {
        for (TranslationMemoryWriter writer : List.of(new TmxWriter("0.1.0", TmFixtures.EXPORTED), CsvWriter.tsv(false))) {
            List<String> reports = new ArrayList<>();

            TmExport.save(dir.resolve("progress"), writer, TmFixtures.river(), ExportOptions.defaults(),
                    (done, total, what) -> reports.add(done + "/" + total + " " + what), Cancellation.NEVER);

            assertThat(reports).containsExactly("0/4 Exporting rows", "4/4 Exporting rows");
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
