package org.songngu.core.tm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songngu.core.align.Confidence;
import org.songngu.core.align.RowStatus;
import org.songngu.core.task.Cancellation;
import org.songngu.core.task.ProgressListener;

class CsvReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsOurExportWithHeaderAndByteOrderMark() throws Exception {
        Path csv = dir.resolve("river.csv");
        TmExport.save(csv, CsvWriter.csv(true), TmFixtures.river(), ExportOptions.defaults());

        List<TmUnit> units = new ArrayList<>();
        ImportReport report = CsvReader.csv().read(csv, units::add, ProgressListener.NONE, Cancellation.NEVER);

        assertThat(units).containsExactly(
                new TmUnit("The river is wide.", "Dòng sông rộng.", RowStatus.CONFIRMED, new Confidence(0.97), 1),
                new TmUnit("It flows south. It is old.", "Nó chảy về phía nam, đã lâu đời.", RowStatus.UNCONFIRMED,
                        new Confidence(0.81), 2),
                new TmUnit("The village sleeps.", "Ngôi làng ngủ yên.", RowStatus.UNCONFIRMED, new Confidence(0.40), 3));
        assertThat(report).isEqualTo(new ImportReport(3, 0));
    }

    @Test
    void readsColumnsInTheOrderTheHeaderGives() throws Exception {
        Path tsv = write("Vietnamese\tEnglish\tstatus\tconfidence\trow\r\n"
                + "\"Một \"\"câu\"\"\tdài,\nhai dòng\"\tOne \"sentence\".\tconfirmed\t0.5000\t7\r\n");

        assertThat(read(CsvReader.tsv(), tsv)).containsExactly(new TmUnit("One \"sentence\".",
                "Một \"câu\"\tdài,\nhai dòng", RowStatus.CONFIRMED, new Confidence(0.5), 7));
    }

    @Test
    void withoutHeaderTakesEnglishThenVietnameseAndDefaultsTheRest() throws Exception {
        Path csv = write("Hello.,Xin chào.\n\nGood night.,Chúc ngủ ngon.,confirmed\n,,\n");

        assertThat(read(CsvReader.csv(), csv)).containsExactly(
                new TmUnit("Hello.", "Xin chào.", RowStatus.UNCONFIRMED, Confidence.UNKNOWN, 0),
                new TmUnit("Good night.", "Chúc ngủ ngon.", RowStatus.CONFIRMED, Confidence.UNKNOWN, 0));
    }

    @Test
    void undoesTheApostropheBeforeFormulaLikeCells() throws Exception {
        Path csv = write("English,Vietnamese\n'=1+1,'-5 độ\n'Tis so.,'@ ở đây\n");

        assertThat(read(CsvReader.csv(), csv)).containsExactly(
                new TmUnit("=1+1", "-5 độ", RowStatus.UNCONFIRMED, Confidence.UNKNOWN, 0),
                new TmUnit("'Tis so.", "@ ở đây", RowStatus.UNCONFIRMED, Confidence.UNKNOWN, 0));
    }

    @Test
    void aRowWithOneColumnNamesItsLine() throws Exception {
        Path csv = write("English,Vietnamese\nHello.,Xin chào.\n\"Two\nlines\",Hai dòng\nAlone\n");

        assertThatThrownBy(() -> read(CsvReader.csv(), csv)).isInstanceOf(TmImportException.class)
                .hasMessage(csv + ": line 5: expected at least 2 columns (English and Vietnamese), found 1");
    }

    @Test
    void aBadStatusNamesItsLine() throws Exception {
        Path csv = write("Hello.,Xin chào.,maybe\n");

        assertThatThrownBy(() -> read(CsvReader.csv(), csv)).isInstanceOf(TmImportException.class)
                .hasMessage(csv + ": line 1: status 'maybe' is not confirmed or unconfirmed");
    }

    @Test
    void anUnclosedQuoteNamesTheLineWhereTheCellBegan() throws Exception {
        Path csv = write("English,Vietnamese\nHello.,\"Xin chào.\nGood night.,Chúc ngủ ngon.\n");

        assertThatThrownBy(() -> read(CsvReader.csv(), csv)).isInstanceOf(TmImportException.class)
                .hasMessage(csv + ": line 2: EOF reached before encapsulated token finished");
    }

    @Test
    void textThatIsNotUtf8IsRefused() throws Exception {
        Path csv = dir.resolve("latin1.csv");
        Files.write(csv, "Hello.,Xin chào.\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> read(CsvReader.csv(), csv)).isInstanceOf(TmImportException.class)
                .hasMessage(csv + ": line 1: not UTF-8 text");
    }

    @Test
    void reportsProgressThroughTheFileAndStopsWhenCancelled() throws Exception {
        Path csv = write("Hello.,Xin chào.\nGood night.,Chúc ngủ ngon.\n");
        long size = Files.size(csv);
        List<String> reports = new ArrayList<>();
        AtomicInteger checks = new AtomicInteger();

        CsvReader.csv().read(csv, unit -> { }, (done, total, what) -> reports.add(done + "/" + total), Cancellation.NEVER);

        assertThat(reports).containsExactly(size + "/" + size);
        assertThatThrownBy(() -> CsvReader.csv().read(csv, unit -> { }, ProgressListener.NONE,
                () -> checks.incrementAndGet() > 1)).isInstanceOf(CancellationException.class);
        assertThat(checks).hasValue(2);
    }

    private Path write(String text) throws Exception {
        Path file = Files.createTempFile(dir, "test", ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static List<TmUnit> read(CsvReader reader, Path file) throws TmImportException {
        List<TmUnit> units = new ArrayList<>();
        reader.read(file, units::add, ProgressListener.NONE, Cancellation.NEVER);
        return units;
    }
}
