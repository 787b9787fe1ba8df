package org.songngu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.Bead;
import org.songngu.core.align.RowStatus;
import org.songngu.core.document.Document;
import org.songngu.core.document.DocumentReader;
import org.songngu.core.document.Sentence;
import org.songngu.core.project.Project;
import org.songngu.core.project.ProjectFile;
import org.songngu.core.text.Language;

class ExportCommandTest {

    @TempDir
    Path dir;

    private Path project;

    /** Three rows: a confirmed 1–1, an unconfirmed 1–1 of confidence 0.30, and a 0–1 row. */
    @BeforeEach
    void saveProject() throws Exception {
        Document english = DocumentReader.fromText("en.txt", "The river is wide.\n\nThe village sleeps.\n", Language.EN);
        Document vietnamese = DocumentReader.fromText("vi.txt",
                "Dòng sông rộng.\n\nNgôi làng ngủ yên. Gà gáy sáng.\n", Language.VI);
        Alignment aligned = Alignment.of(english, vietnamese, List.of(
                new Bead(0, 1, 0, 1, 0.97), new Bead(1, 1, 1, 1, 0.30), new Bead(2, 0, 2, 1, 0.10)));
        List<AlignmentRow> rows = new ArrayList<>(aligned.rows());
        rows.set(0, rows.get(0).withStatus(RowStatus.CONFIRMED));
        Instant time = Instant.parse("2026-11-23T10:00:00Z");
        project = dir.resolve("river.songngu.json");
        ProjectFile.save(new Project("river", aligned.withRows(rows, aligned.nextId()), time, time, "en.txt", "vi.txt"),
                project);
    }

    @Test
    void writesTmxAndSaysHowManyUnits() throws Exception {
        Path tmx = dir.resolve("river.tmx");

        CommandLineRun run = CommandLineRun.of("export", project.toString(), "--tmx", tmx.toString());

        assertThat(run).isEqualTo(new CommandLineRun(0, "exported 2 units to " + tmx + "\n", ""));
        String xml = Files.readString(tmx, StandardCharsets.UTF_8);
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n");
        assertThat(xml).contains("<seg>The village sleeps.</seg>", "<seg>Ngôi làng ngủ yên.</seg>");
    }

    @Test
    void writesCsvWithTheChosenRowsDirectionAndByteOrderMark() throws Exception {
        Path csv = dir.resolve("river.csv");

        CommandLineRun run = CommandLineRun.of("export", project.toString(), "--csv", csv.toString(),
                "--min-confidence", "0.5", "--include-one-sided", "--direction", "vi-en", "--bom");

        assertThat(run).isEqualTo(new CommandLineRun(0, "exported 1 unit to " + csv + "\n", ""));
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).isEqualTo("\uFEFFVietnamese,English,status,confidence,row\r\n"
                + "Dòng sông rộng.,The river is wide.,confirmed,0.9700,1\r\n");
    }

    @Test
    void writesTsvWithTheOneSidedRowsWhenAsked() throws Exception {
        Path tsv = dir.resolve("river.tsv");

        CommandLineRun run = CommandLineRun.of("export", project.toString(), "--tsv", tsv.toString(),
                "--include-one-sided");

        assertThat(run).isEqualTo(new CommandLineRun(0, "exported 3 units to " + tsv + "\n", ""));
        // Commons CSV quotes an empty first cell so that the line cannot be read as an empty record.
        assertThat(Files.readAllLines(tsv)).last().isEqualTo("\"\"\tGà gáy sáng.\tunconfirmed\t0.1000\t3");
    }

    @Test
    void usesTheGivenLanguageCodes() throws Exception {
        Path tmx = dir.resolve("river.tmx");

        CommandLineRun run = CommandLineRun.of("export", project.toString(), "--tmx", tmx.toString(),
                "--confirmed-only", "--lang-codes", "en-US,vi-VN");

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(tmx)).contains("srclang=\"en-US\"", "<tuv xml:lang=\"vi-VN\">");
    }

    @Test
    void warnsWhenCharactersWereLeftOut() throws Exception {
        Path tmx = dir.resolve("bell.tmx");
        Project loaded = ProjectFile.load(project);
        AlignmentRow first = loaded.alignment().row(0);
        Sentence bell = first.english().get(0);
        List<AlignmentRow> rows = new ArrayList<>(loaded.alignment().rows());
        rows.set(0, first.withSides(List.of(new Sentence("The bell\u0007 rang.", bell.start(), bell.end())),
                first.vietnamese()));
        ProjectFile.save(loaded.withAlignment(loaded.alignment().withRows(rows, loaded.alignment().nextId()),
                loaded.modified()), project);

        CommandLineRun run = CommandLineRun.of("export", project.toString(), "--tmx", tmx.toString());

        assertThat(run).isEqualTo(new CommandLineRun(0, "exported 2 units to " + tmx + "\n",
                "songngu: warning: left out 1 character that XML 1.0 cannot hold (control characters or broken surrogates)\n"));
        assertThat(Files.readString(tmx)).contains("<seg>The bell rang.</seg>");
    }

    @Test
    void aMissingProjectIsOneLineAndWritesNothing() {
        Path missing = dir.resolve("missing.songngu.json");
        Path tmx = dir.resolve("out.tmx");

        CommandLineRun run = CommandLineRun.of("export", missing.toString(), "--tmx", tmx.toString());

        assertThat(run).isEqualTo(new CommandLineRun(2, "", "songngu: " + missing + ": no such file\n"));
        assertThat(tmx).doesNotExist();
    }

    @Test
    void aDamagedProjectIsOneLineAndWritesNothing() throws Exception {
        Files.writeString(project, "{\"formatVersion\": 1,");
        Path tmx = dir.resolve("out.tmx");

        CommandLineRun run = CommandLineRun.of("export", project.toString(), "--tmx", tmx.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("songngu: " + project + ": not valid JSON at line 1, column ").hasLineCount(1);
        assertThat(tmx).doesNotExist();
    }

    @Test
    void aMissingOutputFolderIsNamed() {
        Path tmx = dir.resolve("exports/river.tmx");

        CommandLineRun run = CommandLineRun.of("export", project.toString(), "--tmx", tmx.toString());

        assertThat(run).isEqualTo(new CommandLineRun(2, "", "songngu: " + tmx + ": could not be written: the folder "
                + dir.resolve("exports") + " does not exist\n"));
    }

    @Test
    void refusesAConfidenceOutsideZeroToOne() {
        assertRefused(List.of("--min-confidence", "1.5"), "songngu: --min-confidence must be a number from 0 to 1, not '1.5'\n");
        assertRefused(List.of("--min-confidence", "high"), "songngu: --min-confidence must be a number from 0 to 1, not 'high'\n");
    }

    @Test
    void refusesAnUnknownDirection() {
        assertRefused(List.of("--direction", "en-fr"), "songngu: --direction must be en-vi or vi-en, not 'en-fr'\n");
    }

    @Test
    void refusesLanguageCodesThatAreNotTwoCodes() {
        assertRefused(List.of("--lang-codes", "en-US"),
                "songngu: --lang-codes takes two codes, English first, such as en-US,vi-VN; not 'en-US'\n");
        assertRefused(List.of("--lang-codes", "en US,vi"),
                "songngu: --lang-codes: 'en US' is not a language code such as en or vi-VN\n");
    }

    @Test
    void refusesAByteOrderMarkForTmx() {
        assertRefused(List.of("--bom"), "songngu: --bom applies to --csv and --tsv only\n");
    }

    @Test
    void asksForExactlyOneOutput() {
        CommandLineRun none = CommandLineRun.of("export", project.toString());
        CommandLineRun two = CommandLineRun.of("export", project.toString(), "--tmx", "a.tmx", "--csv", "a.csv");

        assertThat(none).isEqualTo(new CommandLineRun(2, "",
                "songngu: Error: Missing required argument (specify one of these): (--tmx=FILE | --csv=FILE | --tsv=FILE)\n"));
        assertThat(two).isEqualTo(new CommandLineRun(2, "",
                "songngu: Error: --tmx=FILE, --csv=FILE are mutually exclusive (specify only one)\n"));
    }

    private void assertRefused(List<String> options, String message) {
        Path tmx = dir.resolve("out.tmx");
        List<String> args = new ArrayList<>(List.of("export", project.toString(), "--tmx", tmx.toString()));
        args.addAll(options);

        CommandLineRun run = CommandLineRun.of(args.toArray(String[]::new));

        assertThat(run).isEqualTo(new CommandLineRun(2, "", message));
        assertThat(tmx).doesNotExist();
    }
}
