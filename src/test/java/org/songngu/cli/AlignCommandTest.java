package org.songngu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlignCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsOneBeadLinePerRowWithItsConfidence() throws IOException {
        Path en = write("en.txt", "The patient arrived at the hospital.\n\nThe doctor tested his blood.\n");
        Path vi = write("vi.txt", "Bệnh nhân đến bệnh viện.\n\nBác sĩ xét nghiệm máu của anh ấy.\n");

        CommandLineRun run = CommandLineRun.of("align", en.toString(), vi.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().toList())
                .hasSize(2)
                .satisfies(lines -> assertThat(lines.get(0)).matches("\\[0\\]:\\[0\\]:[01]\\.\\d{4}"))
                .satisfies(lines -> assertThat(lines.get(1)).matches("\\[1\\]:\\[1\\]:[01]\\.\\d{4}"));
    }

    @Test
    void presegmentedFilesKeepTheirSentencesAndBeadsGoToAFile() throws IOException {
        Path en = write("en.sent", "Yes.\nThe doctor tested his blood.\n\nHe went home.\n");
        Path vi = write("vi.sent", "Vâng.\nBác sĩ xét nghiệm máu của anh ấy.\n\nAnh ấy về nhà.\n");
        Path beads = dir.resolve("out.beads");

        CommandLineRun run = CommandLineRun.of("align", en.toString(), vi.toString(), "--presegmented",
                "--beads", beads.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readAllLines(beads)).extracting(line -> line.substring(0, line.lastIndexOf(':')))
                .containsExactly("[0]:[0]", "[1]:[1]", "[2]:[2]");
    }

    @Test
    void projectOptionWritesAProjectTheWorkbenchCanOpen() throws Exception {
        Path en = write("en.txt", "The patient arrived at the hospital.\n\nThe doctor tested his blood.\n");
        Path vi = write("vi.txt", "Bệnh nhân đến bệnh viện.\n\nBác sĩ xét nghiệm máu của anh ấy.\n");
        Path file = dir.resolve("visit.songngu.json");

        CommandLineRun run = CommandLineRun.of("align", en.toString(), vi.toString(), "--project", file.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        org.songngu.core.project.Project project = org.songngu.core.project.ProjectFile.load(file);
        assertThat(project.name()).isEqualTo("visit");
        assertThat(project.alignment().rows()).extracting(row -> row.english().get(0).text() + " | " + row.vietnamese().get(0).text())
                .containsExactly("The patient arrived at the hospital. | Bệnh nhân đến bệnh viện.",
                        "The doctor tested his blood. | Bác sĩ xét nghiệm máu của anh ấy.");
    }

    @Test
    void missingDocumentIsNamedInOneLine() throws IOException {
        Path vi = write("vi.txt", "Bệnh nhân đến bệnh viện.\n");
        Path missing = dir.resolve("nope.txt");

        CommandLineRun run = CommandLineRun.of("align", missing.toString(), vi.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("songngu: " + missing + ": no such file\n");
    }

    @Test
    void glossaryTermsPairSentencesTheLexiconCannot() throws IOException {
        // Invented words: only the glossary knows that "zorblat" is "xờ-lốp" and "quindle" is "kin-đồ".
        Path en = write("en.txt", "The zorblat was dry.\n\nThe quindle was wet.\n");
        Path vi = write("vi.txt", "Cái kin-đồ bị ướt.\n");
        Path glossary = write("terms.csv", "en,vi\nzorblat,xờ-lốp\nquindle,kin-đồ\n");

        CommandLineRun without = CommandLineRun.of("align", en.toString(), vi.toString());
        CommandLineRun with = CommandLineRun.of("align", en.toString(), vi.toString(), "--glossary", glossary.toString());

        assertThat(with.err()).isEmpty();
        assertThat(with.exitCode()).isZero();
        assertThat(with.out().lines().map(line -> line.substring(0, line.lastIndexOf(':'))))
                .containsExactly("[0]:[]", "[1]:[0]");
        assertThat(without.out()).isNotEqualTo(with.out());
    }

    @Test
    void unreadableGlossaryIsRefusedWithItsName() throws IOException {
        Path en = write("en.txt", "Hello.\n");
        Path vi = write("vi.txt", "Xin chào.\n");
        Path glossary = write("terms.csv", "english,vietnamese\nhello,xin chào\n");

        CommandLineRun run = CommandLineRun.of("align", en.toString(), vi.toString(), "--glossary", glossary.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("songngu: " + glossary);
    }

    @Test
    void tmxAndCsvOptionsWriteTheAlignedPairs() throws IOException {
        Path en = write("en.txt", "The patient arrived at the hospital.\n\nThe doctor tested his blood.\n");
        Path vi = write("vi.txt", "Bệnh nhân đến bệnh viện.\n\nBác sĩ xét nghiệm máu của anh ấy.\n");
        Path tmx = dir.resolve("visit.tmx");
        Path csv = dir.resolve("visit.csv");

        CommandLineRun run = CommandLineRun.of("align", en.toString(), vi.toString(), "--tmx", tmx.toString(),
                "--csv", csv.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("exported 2 units to " + tmx + "\nexported 2 units to " + csv + "\n");
        assertThat(Files.readString(tmx)).contains("<seg>Bệnh nhân đến bệnh viện.</seg>", "<tuv xml:lang=\"en\">");
        assertThat(Files.readAllLines(csv)).hasSize(3);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
