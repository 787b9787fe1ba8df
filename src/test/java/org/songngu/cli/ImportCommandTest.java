package org.songngu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.Confidence;
import org.songngu.core.align.RowStatus;
import org.songngu.core.document.Sentence;
import org.songngu.core.project.Project;
import org.songngu.core.project.ProjectFile;

class ImportCommandTest {

    private static final String TMX = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4">
              <header creationtool="x" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/>
              <body>
                <tu><prop type="x-status">confirmed</prop><prop type="x-confidence">0.9700</prop>
                  <tuv xml:lang="en-US"><seg>The river is wide.</seg></tuv><tuv xml:lang="vi-VN"><seg>Dòng sông rộng.</seg></tuv></tu>
                <tu><tuv xml:lang="en"><seg>The village sleeps.</seg></tuv><tuv xml:lang="vi"><seg>Ngôi làng ngủ yên.</seg></tuv></tu>
                <tu><tuv xml:lang="fr"><seg>Le village dort.</seg></tuv></tu>
              </body>
            </tmx>
            """;

    @TempDir
    Path dir;

    @Test
    void importsTmxIntoAProjectNamedAfterItsFile() throws Exception {
        Path tmx = write("river.tmx", TMX);
        Path out = dir.resolve("river-review.songngu.json");

        CommandLineRun run = CommandLineRun.of("import", tmx.toString(), "--project", out.toString());

        assertThat(run).isEqualTo(new CommandLineRun(0, "imported 2 units from " + tmx + " to " + out + "\n",
                "songngu: warning: skipped 1 unit without English or Vietnamese text\n"));
        Project project = ProjectFile.load(out);
        assertThat(project.name()).isEqualTo("river-review");
        assertThat(project.alignment().rows()).extracting(AlignmentRow::english, AlignmentRow::vietnamese,
                AlignmentRow::status, AlignmentRow::confidence).containsExactly(
                        tuple(List.of(new Sentence("The river is wide.", 0, 18)),
                                List.of(new Sentence("Dòng sông rộng.", 0, 15)), RowStatus.CONFIRMED, new Confidence(0.97)),
                        tuple(List.of(new Sentence("The village sleeps.", 20, 39)),
                                List.of(new Sentence("Ngôi làng ngủ yên.", 17, 35)), RowStatus.UNCONFIRMED,
                                Confidence.UNKNOWN));
    }

    @Test
    void importsCsvAndTsvByTheirFileNames() throws Exception {
        Path csv = write("units.CSV", "English,Vietnamese\nHello.,Xin chào.\n");
        Path tsv = write("units.tsv", "Hello.\tXin chào.\nGood night.\tChúc ngủ ngon.\n");
        Path fromCsv = dir.resolve("csv.songngu.json");
        Path fromTsv = dir.resolve("tsv.songngu.json");

        CommandLineRun csvRun = CommandLineRun.of("import", csv.toString(), "--project", fromCsv.toString());
        CommandLineRun tsvRun = CommandLineRun.of("import", tsv.toString(), "--project", fromTsv.toString());

        assertThat(csvRun).isEqualTo(new CommandLineRun(0, "imported 1 unit from " + csv + " to " + fromCsv + "\n", ""));
        assertThat(tsvRun).isEqualTo(new CommandLineRun(0, "imported 2 units from " + tsv + " to " + fromTsv + "\n", ""));
        assertThat(ProjectFile.load(fromTsv).alignment().size()).isEqualTo(2);
    }

    @Test
    void malformedTmxIsOneLineWithLineAndColumnAndWritesNoProject() throws Exception {
        Path tmx = write("broken.tmx", TMX.replace("</seg></tuv></tu>\n    <tu><tuv xml:lang=\"fr\">", "</tuv></tu>\n    <tu><tuv xml:lang=\"fr\">"));
        Path out = dir.resolve("broken.songngu.json");

        CommandLineRun run = CommandLineRun.of("import", tmx.toString(), "--project", out.toString());

        assertThat(run).isEqualTo(new CommandLineRun(2, "", "songngu: " + tmx + ": not well-formed XML at line 7, "
                + "column 108: The element type \"seg\" must be terminated by the matching end-tag \"</seg>\".\n"));
        assertThat(out).doesNotExist();
        assertThat(dir).isDirectoryNotContaining("glob:**/.broken.songngu.json*");
    }

    @Test
    void aFailedImportLeavesAnExistingProjectAsItWas() throws Exception {
        Path csv = write("units.csv", "English,Vietnamese\nHello.,Xin chào.\nAlone\n");
        Path out = write("kept.songngu.json", "{\"formatVersion\": 1}\n");

        CommandLineRun run = CommandLineRun.of("import", csv.toString(), "--project", out.toString());

        assertThat(run).isEqualTo(new CommandLineRun(2, "",
                "songngu: " + csv + ": line 3: expected at least 2 columns (English and Vietnamese), found 1\n"));
        assertThat(Files.readString(out)).isEqualTo("{\"formatVersion\": 1}\n");
    }

    @Test
    void refusesAFileOfAnotherKind() throws Exception {
        Path docx = write("units.docx", "x");
        Path out = dir.resolve("x.songngu.json");

        CommandLineRun run = CommandLineRun.of("import", docx.toString(), "--project", out.toString());

        assertThat(run).isEqualTo(new CommandLineRun(2, "",
                "songngu: " + docx + ": unknown kind of file; import reads .tmx, .csv and .tsv\n"));
        assertThat(out).doesNotExist();
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("missing.tmx");
        Path out = dir.resolve("x.songngu.json");

        CommandLineRun run = CommandLineRun.of("import", missing.toString(), "--project", out.toString());

        assertThat(run).isEqualTo(new CommandLineRun(2, "", "songngu: " + missing + ": no such file\n"));
        assertThat(out).doesNotExist();
    }

    @Test
    void aMissingProjectFolderIsNamed() throws Exception {
        Path tmx = write("river.tmx", TMX);
        Path out = dir.resolve("alignments/river.songngu.json");

        CommandLineRun run = CommandLineRun.of("import", tmx.toString(), "--project", out.toString());

        assertThat(run).isEqualTo(new CommandLineRun(2, "", "songngu: " + out + ": could not be saved: the folder "
                + dir.resolve("alignments") + " does not exist\n"));
    }

    @Test
    void asksForTheProjectFile() throws Exception {
        Path tmx = write("river.tmx", TMX);

        CommandLineRun run = CommandLineRun.of("import", tmx.toString());

        assertThat(run).isEqualTo(new CommandLineRun(2, "", "songngu: Missing required option: '--project=OUT'\n"));
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
