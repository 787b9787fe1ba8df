package org.songngu.core.tm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.Confidence;
import org.songngu.core.align.RowId;
import org.songngu.core.align.RowStatus;
import org.songngu.core.document.Document;
import org.songngu.core.document.Paragraph;
import org.songngu.core.document.ParagraphKind;
import org.songngu.core.document.Sentence;
import org.songngu.core.project.Project;
import org.songngu.core.project.ProjectFile;
import org.songngu.core.task.Cancellation;
import org.songngu.core.task.ProgressListener;
import org.songngu.core.text.Language;

class TmImportTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    private static final ExportOptions EVERY_ROW = ExportOptions.defaults().withIncludeOneSided(true);

    @TempDir
    Path dir;

    @Test
    void unitsBecomeRowsOverDocumentsBuiltFromTheirTexts() throws Exception {
        Path csv = write("river.csv", "English,Vietnamese,status,confidence,row\n"
                + "The river is wide.,Dòng sông rộng.,confirmed,0.9700,1\n"
                + ",Gà gáy sáng.,unconfirmed,0.1200,2\n"
                + "  Cafe\u0301\u200B.  ,Cà phê.,,,\n");

        Project project = TmImport.toProject(csv, CsvReader.csv(), "river", NOW, ProgressListener.NONE,
                Cancellation.NEVER).project();

        Sentence wide = new Sentence("The river is wide.", 0, 18);
        Sentence cafe = new Sentence("Café.", 20, 25);
        Sentence song = new Sentence("Dòng sông rộng.", 0, 15);
        Sentence ga = new Sentence("Gà gáy sáng.", 17, 29);
        Sentence caPhe = new Sentence("Cà phê.", 31, 38);
        assertThat(project.alignment().english()).isEqualTo(new Document("river.csv", Language.EN,
                "The river is wide.\n\nCafé.", List.of(paragraph(wide), paragraph(cafe))));
        assertThat(project.alignment().vietnamese()).isEqualTo(new Document("river.csv", Language.VI,
                "Dòng sông rộng.\n\nGà gáy sáng.\n\nCà phê.", List.of(paragraph(song), paragraph(ga), paragraph(caPhe))));
        assertThat(project.alignment().rows()).containsExactly(
                new AlignmentRow(new RowId(0), List.of(wide), List.of(song), RowStatus.CONFIRMED, new Confidence(0.97)),
                new AlignmentRow(new RowId(1), List.of(), List.of(ga), RowStatus.UNCONFIRMED, new Confidence(0.12)),
                new AlignmentRow(new RowId(2), List.of(cafe), List.of(caPhe), RowStatus.UNCONFIRMED, Confidence.UNKNOWN));
        assertThat(project.alignment().nextId()).isEqualTo(3);
        assertThat(project).extracting(Project::name, Project::created, Project::modified, Project::englishSource,
                Project::vietnameseSource).containsExactly("river", NOW, NOW, csv.toString(), csv.toString());
    }

    @Test
    void theImportedProjectSavesAndLoadsAsItWas() throws Exception {
        Path tmx = dir.resolve("river.tmx");
        TmExport.save(tmx, new TmxWriter("0.1.0", TmFixtures.EXPORTED), TmFixtures.river(), EVERY_ROW);
        Project project = TmImport.toProject(tmx, new TmxReader(), "river", NOW, ProgressListener.NONE,
                Cancellation.NEVER).project();
        Path saved = dir.resolve("river.songngu.json");

        ProjectFile.save(project, saved);

        assertThat(ProjectFile.load(saved)).isEqualTo(project);
    }

    @Test
    void unitsLeftBlankByNormalizationAreCountedAsSkipped() throws Exception {
        Path csv = write("blank.csv", "Hello.,Xin chào.\n\u200B,\u2060\n,\n");

        TmImport.Result result = TmImport.toProject(csv, CsvReader.csv(), "blank", NOW, ProgressListener.NONE,
                Cancellation.NEVER);

        assertThat(result.report()).isEqualTo(new ImportReport(1, 2));
        assertThat(result.project().alignment().size()).isEqualTo(1);
    }

    @Test
    void aFileWithoutEnglishOrVietnameseIsRefused() throws Exception {
        Path tmx = write("fr-de.tmx", "<tmx version=\"1.4\"><header/><body><tu><tuv xml:lang=\"fr\"><seg>Oui.</seg></tuv>"
                + "<tuv xml:lang=\"de\"><seg>Ja.</seg></tuv></tu></body></tmx>");

        assertThatThrownBy(() -> TmImport.toProject(tmx, new TmxReader(), "x", NOW, ProgressListener.NONE,
                Cancellation.NEVER)).isInstanceOf(TmImportException.class).hasMessage(tmx
                + ": has no unit with English or Vietnamese text (the languages are told by codes such as en, en-US, vi, vi-VN)");
    }

    @Test
    void tmxExportImportExportGivesTheSameUnits() throws Exception {
        Path first = dir.resolve("first.tmx");
        Path second = dir.resolve("second.tmx");
        TmxWriter writer = new TmxWriter("0.1.0", TmFixtures.EXPORTED);
        TmExport.save(first, writer, TmFixtures.river(), EVERY_ROW);

        Project imported = TmImport.toProject(first, new TmxReader(), "river", NOW, ProgressListener.NONE,
                Cancellation.NEVER).project();
        TmExport.save(second, writer, imported, EVERY_ROW);

        assertThat(units(second, new TmxReader())).hasSize(4).isEqualTo(units(first, new TmxReader()));
    }

    @Test
    void csvExportImportExportGivesTheSameFile() throws Exception {
        Path first = dir.resolve("first.csv");
        Path second = dir.resolve("second.csv");
        Project awkward = TmFixtures.oneRow("-5 degrees, \"cold\"\nand windy", "=Âm 5 độ, “lạnh”");
        TmExport.save(first, CsvWriter.csv(true), awkward, EVERY_ROW);

        Project imported = TmImport.toProject(first, CsvReader.csv(), "awkward", NOW, ProgressListener.NONE,
                Cancellation.NEVER).project();
        TmExport.save(second, CsvWriter.csv(true), imported, EVERY_ROW);

        assertThat(imported.alignment().row(0).english().get(0).text()).isEqualTo("-5 degrees, \"cold\"\nand windy");
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void tsvExportImportExportGivesTheSameFileInEitherDirection() throws Exception {
        ExportOptions viEn = EVERY_ROW.withDirection(ExportOptions.Direction.VI_EN);
        Path first = dir.resolve("first.tsv");
        Path second = dir.resolve("second.tsv");
        TmExport.save(first, CsvWriter.tsv(false), TmFixtures.river(), viEn);

        Project imported = TmImport.toProject(first, CsvReader.tsv(), "river", NOW, ProgressListener.NONE,
                Cancellation.NEVER).project();
        TmExport.save(second, CsvWriter.tsv(false), imported, viEn);

        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
    }

    private static Paragraph paragraph(Sentence sentence) {
        return new Paragraph(sentence.start(), sentence.end(), ParagraphKind.BODY, List.of(sentence));
    }

    private static List<TmUnit> units(Path file, TranslationMemoryReader reader) throws TmImportException {
        List<TmUnit> units = new ArrayList<>();
        reader.read(file, units::add, ProgressListener.NONE, Cancellation.NEVER);
        return units;
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
