package org.songngu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.Bead;
import org.songngu.core.document.Document;
import org.songngu.core.document.DocumentReader;
import org.songngu.core.glossary.Glossary;
import org.songngu.core.glossary.TermEntry;
import org.songngu.core.project.Project;
import org.songngu.core.project.ProjectFile;
import org.songngu.core.text.Language;

class QaCommandTest {

    @TempDir
    Path dir;

    private Path project;

    /** Four 1–1 rows: clean, a forbidden rendering, numbers that differ, a missing term; and a 1–0 row. */
    @BeforeEach
    void saveProject() throws Exception {
        Document english = DocumentReader.fromText("en.txt", "Retransfusion helped the patient.\n\n"
                + "Retransfusion was used again.\n\nThey gave 1.5 units to 3 patients.\n\nRetransfusion, said the patient.\n\n"
                + "Retransfusion of 9 units.\n", Language.EN);
        Document vietnamese = DocumentReader.fromText("vi.txt", "Truyền máu ngược giúp bệnh nhân.\n\n"
                + "Tái truyền máu lại được dùng.\n\nHọ truyền 1,5 đơn vị cho 4 bệnh nhân.\n\nTruyền máu ngược, người ấy nói.\n",
                Language.VI);
        Alignment aligned = Alignment.of(english, vietnamese, List.of(new Bead(0, 1, 0, 1, 0.9),
                new Bead(1, 1, 1, 1, 0.9), new Bead(2, 1, 2, 1, 0.9), new Bead(3, 1, 3, 1, 0.9), new Bead(4, 1, 4, 0, 0.1)));
        Instant time = Instant.parse("2026-11-23T10:00:00Z");
        Glossary glossary = Glossary.of(List.of(TermEntry.approved("retransfusion", "truyền máu ngược"),
                TermEntry.forbidden("retransfusion", "tái truyền máu"), TermEntry.approved("patient", "bệnh nhân")));
        project = dir.resolve("blood.songngu.json");
        ProjectFile.save(new Project("blood", aligned, time, time, "en.txt", "vi.txt", glossary), project);
    }

    @Test
    void printsOneFindingPerLineAndExitsWithOne() {
        CommandLineRun run = CommandLineRun.of("qa", project.toString());

        assertThat(run).isEqualTo(new CommandLineRun(1, """
                row 2: missing term: 'retransfusion' without its approved rendering 'truyền máu ngược'
                row 2: forbidden term: 'tái truyền máu' is forbidden for 'retransfusion'; use 'truyền máu ngược'
                row 3: numbers: only in the English: 3; only in the Vietnamese: 4
                row 4: missing term: 'patient' without its approved rendering 'bệnh nhân'
                """, ""));
    }

    @Test
    void printsCsvWhenAsked() {
        CommandLineRun run = CommandLineRun.of("qa", project.toString(), "--format", "csv");

        assertThat(run).isEqualTo(new CommandLineRun(1, """
                row,check,detail
                2,missing term,'retransfusion' without its approved rendering 'truyền máu ngược'
                2,forbidden term,'tái truyền máu' is forbidden for 'retransfusion'; use 'truyền máu ngược'
                3,numbers,only in the English: 3; only in the Vietnamese: 4
                4,missing term,'patient' without its approved rendering 'bệnh nhân'
                """, ""));
    }

    @Test
    void aGlossaryFileReplacesTheProjectsGlossary() throws Exception {
        Path glossary = dir.resolve("terms.csv");
        Files.writeString(glossary, "en,vi\nunit,đơn vị\n");

        CommandLineRun run = CommandLineRun.of("qa", project.toString(), "--glossary", glossary.toString());

        assertThat(run).isEqualTo(new CommandLineRun(1, "row 3: numbers: only in the English: 3; only in the Vietnamese: 4\n", ""));
    }

    @Test
    void noFindingsExitsWithZeroAndPrintsNothing() throws Exception {
        Path glossary = dir.resolve("terms.tsv");
        Files.writeString(glossary, "en\tvi\nunit\tđơn vị\n");
        Project loaded = ProjectFile.load(project);
        ProjectFile.save(loaded.withAlignment(loaded.alignment().withRows(loaded.alignment().rows().subList(0, 2),
                loaded.alignment().nextId()), loaded.modified()), project);

        CommandLineRun run = CommandLineRun.of("qa", project.toString(), "--glossary", glossary.toString());

        assertThat(run).isEqualTo(new CommandLineRun(0, "", ""));
    }

    @Test
    void aMalformedGlossaryIsOneLineNamingFileAndLine() throws Exception {
        Path glossary = dir.resolve("terms.csv");
        Files.writeString(glossary, "en,vi,status\nunit,đơn vị,maybe\n");

        CommandLineRun run = CommandLineRun.of("qa", project.toString(), "--glossary", glossary.toString());

        assertThat(run).isEqualTo(new CommandLineRun(2, "",
                "songngu: " + glossary + ": line 2: status 'maybe' is neither approved nor forbidden\n"));
    }

    @Test
    void aMissingProjectIsOneLine() {
        Path missing = dir.resolve("missing.songngu.json");

        CommandLineRun run = CommandLineRun.of("qa", missing.toString());

        assertThat(run).isEqualTo(new CommandLineRun(2, "", "songngu: " + missing + ": no such file\n"));
    }

    @Test
    void anUnknownFormatIsRefused() {
        CommandLineRun run = CommandLineRun.of("qa", project.toString(), "--format", "xml");

        assertThat(run).isEqualTo(new CommandLineRun(2, "", "songngu: --format must be text or csv, not 'xml'\n"));
    }

    @Test
    void termsPrintsEachRenderingWithItsCount() {
        CommandLineRun run = CommandLineRun.of("terms", project.toString());

        assertThat(run).isEqualTo(new CommandLineRun(0, """
                retransfusion → truyền máu ngược ×2, tái truyền máu ×1 (forbidden)
                patient → bệnh nhân ×2, no rendering in 1 row
                """, ""));
    }

    @Test
    void termsWithoutAnyGlossaryIsAnError() throws Exception {
        Project loaded = ProjectFile.load(project);
        ProjectFile.save(loaded.withGlossary(Glossary.empty(), loaded.modified()), project);

        CommandLineRun run = CommandLineRun.of("terms", project.toString());

        assertThat(run).isEqualTo(new CommandLineRun(2, "",
                "songngu: " + project + ": the project has no glossary; give one with --glossary FILE\n"));
    }
}
