package org.songngu.core.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.songngu.core.project.Project;

class CsvWriterTest {

    @Test
    void vietnameseQuotesCommasAndLineBreaksSurviveAStrictRfc4180Reader() throws IOException {
        Project project = TmFixtures.oneRow("He said \"yes, at once\",\nthen left.", "Anh ấy nói \"vâng, ngay\",\nrồi đi.");

        String csv = write(CsvWriter.csv(false), project, ExportOptions.defaults());

        List<List<String>> records = parse(csv, ',');
        assertThat(records).containsExactly(
                List.of("English", "Vietnamese", "status", "confidence", "row"),
                List.of("He said \"yes, at once\",\nthen left.", "Anh ấy nói \"vâng, ngay\",\nrồi đi.", "unconfirmed",
                        "0.5000", "1"));
    }

    @Test
    void writesTheExportedRowsWithCrLfRecordEnds() throws IOException {
        String csv = write(CsvWriter.csv(false), TmFixtures.river(), ExportOptions.defaults().withMinimumConfidence(0.5));

        assertThat(csv).isEqualTo("English,Vietnamese,status,confidence,row\r\n"
                + "The river is wide.,Dòng sông rộng.,confirmed,0.9700,1\r\n"
                + "It flows south. It is old.,\"Nó chảy về phía nam, đã lâu đời.\",unconfirmed,0.8100,2\r\n");
    }

    @Test
    void formulaCellsAreNeutralisedWithALeadingApostrophe() throws IOException {
        Project project = TmFixtures.oneRow("=HYPERLINK(\"http://x\")", "@SUM(A1)");

        List<List<String>> records = parse(write(CsvWriter.csv(false), project, ExportOptions.defaults()), ',');

        assertThat(records.get(1).subList(0, 2)).containsExactly("'=HYPERLINK(\"http://x\")", "'@SUM(A1)");
    }

    @Test
    void neutralisesEveryCellAFormulaCanStartWith() {
        assertThat(List.of("=1", "+1", "-1", "@1", "\t=1", "\r=1", "1=", "", "'quoted"))
                .extracting(CsvWriter::neutralised)
                .containsExactly("'=1", "'+1", "'-1", "'@1", "'\t=1", "'\r=1", "1=", "", "'quoted");
    }

    @Test
    void byteOrderMarkComesFirstOnlyWhenAskedFor() throws IOException {
        byte[] withMark = bytes(CsvWriter.csv(true), TmFixtures.river(), ExportOptions.defaults());
        byte[] without = bytes(CsvWriter.csv(false), TmFixtures.river(), ExportOptions.defaults());

        assertThat(withMark).startsWith(0xEF, 0xBB, 0xBF, 'E');
        assertThat(without).startsWith('E', 'n');
    }

    @Test
    void tsvSeparatesByTabsAndPutsTheSourceLanguageFirst() throws IOException {
        ExportOptions options = ExportOptions.defaults().withConfirmedOnly(true)
                .withDirection(ExportOptions.Direction.VI_EN);

        String tsv = write(CsvWriter.tsv(false), TmFixtures.river(), options);

        assertThat(tsv).isEqualTo("Vietnamese\tEnglish\tstatus\tconfidence\trow\r\n"
                + "Dòng sông rộng.\tThe river is wide.\tconfirmed\t0.9700\t1\r\n");
    }

    @Test
    void reportsRowsWrittenAndSkipped() throws IOException {
        ExportReport report = CsvWriter.csv(false).write(TmFixtures.river(), ExportOptions.defaults(),
                new ByteArrayOutputStream());

        assertThat(report).isEqualTo(new ExportReport(3, 1, 0));
    }

    private static List<List<String>> parse(String text, char delimiter) throws IOException {
        CSVFormat strict = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setLenientEof(false)
                .setTrailingData(false).setAllowMissingColumnNames(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), strict)) {
            return parser.getRecords().stream().map(CSVRecord::toList).toList();
        }
    }

    private static String write(TranslationMemoryWriter writer, Project project, ExportOptions options)
            throws IOException {
        return new String(bytes(writer, project, options), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(TranslationMemoryWriter writer, Project project, ExportOptions options)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(project, options, out);
        return out.toByteArray();
    }
}
