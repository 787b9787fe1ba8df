package org.songngu.core.tm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songngu.core.align.Confidence;
import org.songngu.core.align.RowStatus;
import org.songngu.core.task.Cancellation;
import org.songngu.core.task.ProgressListener;

class TmxReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsOurOwnExportWithStatusConfidenceAndRow() throws Exception {
        Path tmx = dir.resolve("river.tmx");
        TmExport.save(tmx, new TmxWriter("0.1.0", TmFixtures.EXPORTED), TmFixtures.river(), ExportOptions.defaults());

        Read read = read(tmx);

        assertThat(read.units()).containsExactly(
                new TmUnit("The river is wide.", "Dòng sông rộng.", RowStatus.CONFIRMED, new Confidence(0.97), 1),
                new TmUnit("It flows south. It is old.", "Nó chảy về phía nam, đã lâu đời.", RowStatus.UNCONFIRMED,
                        new Confidence(0.81), 2),
                new TmUnit("The village sleeps.", "Ngôi làng ngủ yên.", RowStatus.UNCONFIRMED, new Confidence(0.40), 3));
        assertThat(read.report()).isEqualTo(new ImportReport(3, 0));
    }

    @Test
    void readsTmx11WithLangAttributesRegionCodesAndVietnameseFirst() throws Exception {
        Path tmx = write("""
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.1">
                <header srclang="VI-VN" creationtool="Other" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"/>
                <body>
                <tu><tuv lang="VI-VN"><seg>Xin chào.</seg></tuv><tuv lang="EN-US"><seg>Hello.</seg></tuv></tu>
                <tu><tuv xml:lang="en_GB"><seg>Colour.</seg></tuv><tuv xml:lang="fr"><seg>Couleur.</seg></tuv></tu>
                </body>
                </tmx>
                """);

        assertThat(read(tmx).units()).containsExactly(
                new TmUnit("Hello.", "Xin chào.", RowStatus.UNCONFIRMED, Confidence.UNKNOWN, 0),
                new TmUnit("Colour.", "", RowStatus.UNCONFIRMED, Confidence.UNKNOWN, 0));
    }

    @Test
    void readsUtf16AsItsDeclarationAndByteOrderMarkSay() throws Exception {
        Path tmx = dir.resolve("utf16.tmx");
        Files.write(tmx, ("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<tmx version=\"1.4\"><header/><body>"
                + "<tu><tuv xml:lang=\"en\"><seg>Rice.</seg></tuv><tuv xml:lang=\"vi\"><seg>Cơm.</seg></tuv></tu>"
                + "</body></tmx>\n").getBytes(StandardCharsets.UTF_16BE));

        assertThat(read(tmx).units()).containsExactly(
                new TmUnit("Rice.", "Cơm.", RowStatus.UNCONFIRMED, Confidence.UNKNOWN, 0));
    }

    @Test
    void keepsHighlightedTextAndDropsNativeCodes() throws Exception {
        Path tmx = write("""
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header/><body>
                <tu>
                  <tuv xml:lang="en"><seg>Press <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> now<ph>&lt;br/&gt;</ph>, \
                <hi type="em">please</hi><it pos="begin">&lt;i&gt;</it>.<ut>{\\b}</ut></seg></tuv>
                  <tuv xml:lang="vi"><seg><![CDATA[Nhấn <Lưu>]]> <ph x="1">&lt;img <sub>alt</sub>&gt;</ph>ngay.</seg></tuv>
                </tu>
                </body></tmx>
                """);

        assertThat(read(tmx).units()).containsExactly(
                new TmUnit("Press Save now, please.", "Nhấn <Lưu> ngay.", RowStatus.UNCONFIRMED, Confidence.UNKNOWN, 0));
    }

    @Test
    void takesTheFirstVariantOfALanguageAndSkipsUnitsWithNeither() throws Exception {
        Path tmx = write("""
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header/><body>
                <tu><tuv xml:lang="fr"><seg>Bonjour.</seg></tuv><tuv xml:lang="de"><seg>Hallo.</seg></tuv></tu>
                <tu><tuv xml:lang="en"><seg>  </seg></tuv><tuv xml:lang="vi"><seg></seg></tuv></tu>
                <tu><prop type="x-status">confirmed</prop>
                  <tuv xml:lang="vi-VN"><seg>Một.</seg></tuv><tuv xml:lang="vi"><seg>Hai.</seg></tuv></tu>
                </body></tmx>
                """);

        Read read = read(tmx);

        assertThat(read.units()).containsExactly(new TmUnit("", "Một.", RowStatus.CONFIRMED, Confidence.UNKNOWN, 0));
        assertThat(read.report()).isEqualTo(new ImportReport(1, 2));
    }

    @Test
    void malformedXmlNamesFileLineAndColumn() throws Exception {
        Path tmx = write("<?xml version=\"1.0\"?>\n<tmx><body>\n<tu><tuv xml:lang=\"en\"><seg>A</tuv></tu>");

        assertThatThrownBy(() -> read(tmx)).isInstanceOf(TmImportException.class).hasMessage(tmx
                + ": not well-formed XML at line 3, column 32: The element type \"seg\" must be terminated by the "
                + "matching end-tag \"</seg>\".");
    }

    @Test
    void refusesAFileThatIsNotTmx() throws Exception {
        Path html = write("<html><body><p>Hello</p></body></html>");

        assertThatThrownBy(() -> read(html)).isInstanceOf(TmImportException.class)
                .hasMessage(html + ": not a TMX file (the root element is <html>, not <tmx>)");
    }

    @Test
    void refusesABadConfidenceNamingTheLine() throws Exception {
        Path tmx = write("""
                <tmx version="1.4"><header/><body>
                <tu>
                <prop type="x-confidence">high</prop>
                <tuv xml:lang="en"><seg>A.</seg></tuv></tu></body></tmx>
                """);

        assertThatThrownBy(() -> read(tmx)).isInstanceOf(TmImportException.class)
                .hasMessage(tmx + ": line 3: confidence 'high' is not a number from 0 to 1");
    }

    @Test
    void neverReadsALocalFileThroughAnExternalEntity() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP SECRET");
        Path tmx = write("<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<tmx version=\"1.4\"><header/><body><tu><tuv xml:lang=\"en\"><seg>A &xxe;</seg></tuv></tu></body></tmx>\n");

        assertThatThrownBy(() -> read(tmx)).isInstanceOf(TmImportException.class)
                .hasMessage(tmx + ": not well-formed XML at line 3, column 70: The entity \"xxe\" was referenced, "
                        + "but not declared.");
    }

    @Test
    void neverFetchesAnExternalDtdOrEntityOverTheNetwork() throws Exception {
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            server.configureBlocking(false);
            String url = "http://127.0.0.1:" + server.socket().getLocalPort();
            Path withDtd = write("<?xml version=\"1.0\"?>\n<!DOCTYPE tmx SYSTEM \"" + url + "/tmx14.dtd\">\n"
                    + "<tmx version=\"1.4\"><header/><body><tu><tuv xml:lang=\"en\"><seg>A.</seg></tuv></tu></body></tmx>\n");
            Path withEntity = dir.resolve("entity.tmx");
            Files.writeString(withEntity, "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY net SYSTEM \"" + url
                    + "/x\">]>\n<tmx><body><tu><tuv xml:lang=\"en\"><seg>&net;</seg></tuv></tu></body></tmx>\n");

            assertThat(read(withDtd).units()).containsExactly(
                    new TmUnit("A.", "", RowStatus.UNCONFIRMED, Confidence.UNKNOWN, 0));
            assertThatThrownBy(() -> read(withEntity)).isInstanceOf(TmImportException.class)
                    .hasMessageContaining("The entity \"net\" was referenced, but not declared.");
            // A connection attempt would be waiting in the backlog by now, whether or not it was accepted.
            assertThat(server.accept()).isNull();
        }
    }

    @Test
    void expandsNoInternalEntitiesSoABillionLaughsGoesNowhere() throws Exception {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE tmx [<!ENTITY l0 \"ha\">");
        for (int level = 1; level <= 9; level++) {
            doctype.append("<!ENTITY l").append(level).append(" \"")
                    .append(("&l" + (level - 1) + ";").repeat(10)).append("\">");
        }
        Path tmx = write("<?xml version=\"1.0\"?>\n" + doctype + "]>\n"
                + "<tmx><body><tu><tuv xml:lang=\"en\"><seg>&l9;</seg></tuv></tu></body></tmx>\n");

        assertThatThrownBy(() -> read(tmx)).isInstanceOf(TmImportException.class)
                .hasMessageEndingWith("The entity \"l9\" was referenced, but not declared.");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("missing.tmx");

        assertThatThrownBy(() -> read(missing)).isInstanceOf(TmImportException.class).hasMessage(missing + ": no such file");
    }

    @Test
    void reportsProgressThroughTheFileAndStopsWhenCancelled() throws Exception {
        Path tmx = dir.resolve("river.tmx");
        TmExport.save(tmx, new TmxWriter("0.1.0", TmFixtures.EXPORTED), TmFixtures.river(), ExportOptions.defaults());
        long size = Files.size(tmx);
        List<Long> done = new ArrayList<>();
        List<TmUnit> units = new ArrayList<>();

        new TmxReader().read(tmx, units::add, (d, total, what) -> {
            assertThat(total).isEqualTo(size);
            assertThat(what).isEqualTo("Reading river.tmx");
            done.add(d);
        }, Cancellation.NEVER);

        assertThat(done).last().isEqualTo(size);
        assertThatThrownBy(() -> new TmxReader().read(tmx, u -> { }, ProgressListener.NONE, () -> true))
                .isInstanceOf(CancellationException.class);
    }

    private Path write(String xml) throws Exception {
        Path file = Files.createTempFile(dir, "test", ".tmx");
        Files.writeString(file, xml, StandardCharsets.UTF_8);
        return file;
    }

    private static Read read(Path tmx) throws TmImportException {
        List<TmUnit> units = new ArrayList<>();
        ImportReport report = new TmxReader().read(tmx, units::add, ProgressListener.NONE, Cancellation.NEVER);
        return new Read(units, report);
    }

    private record Read(List<TmUnit> units, ImportReport report) {
    }
}
