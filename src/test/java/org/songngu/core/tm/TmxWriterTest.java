package org.songngu.core.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.songngu.core.project.Project;

class TmxWriterTest {

    private static final TmxWriter WRITER = new TmxWriter("0.1.0", TmFixtures.EXPORTED);

    @Test
    void writesOneUnitAsTmx14WithTheSourceLanguageFirst() throws IOException {
        Output output = write(TmFixtures.oneRow("Hello & <goodbye>.", "Xin chào & tạm biệt."), ExportOptions.defaults());

        assertThat(output.xml()).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE tmx SYSTEM "tmx14.dtd">
                <tmx version="1.4">
                  <header creationtool="Song Ngữ" creationtoolversion="0.1.0" segtype="sentence" o-tmf="songngu" \
                adminlang="en" srclang="en" datatype="plaintext" creationdate="20261123T110005Z"/>
                  <body>
                    <tu tuid="0" creationdate="20261120T080000Z" changedate="20261123T101530Z">
                      <prop type="x-status">unconfirmed</prop>
                      <prop type="x-confidence">0.5000</prop>
                      <prop type="x-row">1</prop>
                      <prop type="x-source-documents">en.txt | vi.txt</prop>
                      <tuv xml:lang="en">
                        <seg>Hello &amp; &lt;goodbye>.</seg>
                      </tuv>
                      <tuv xml:lang="vi">
                        <seg>Xin chào &amp; tạm biệt.</seg>
                      </tuv>
                    </tu>
                  </body>
                </tmx>
                """);
        assertThat(output.report()).isEqualTo(new ExportReport(1, 0, 0));
    }

    @Test
    void keepsVietnameseAsUtf8CharactersNotReferences() throws IOException {
        Output output = write(TmFixtures.oneRow("Rice.", "Cơm ngon, phở nóng."), ExportOptions.defaults());

        assertThat(output.bytes()).containsSequence("Cơm ngon, phở nóng.".getBytes(StandardCharsets.UTF_8));
        assertThat(output.xml()).doesNotContain("&#");
    }

    @Test
    void dropsCharactersXmlCannotHoldAndCountsThem() throws IOException {
        Project project = TmFixtures.oneRow("Bell\u0007 and\u0000 tab\there.", "Lone \uD800 and \uFFFE gone, 😀 kept.");

        Output output = write(project, ExportOptions.defaults());

        assertThat(segments(output.xml())).containsExactly("Bell and tab\there.", "Lone  and  gone, 😀 kept.");
        assertThat(output.report()).isEqualTo(new ExportReport(1, 0, 4));
    }

    @Test
    void defaultsExportEveryRowWithBothSidesAndSkipTheOneSided() throws IOException {
        Output output = write(TmFixtures.river(), ExportOptions.defaults());

        assertThat(rowNumbers(output.xml())).containsExactly("1", "2", "3");
        assertThat(output.report()).isEqualTo(new ExportReport(3, 1, 0));
    }

    @Test
    void confirmedOnlyKeepsTheConfirmedRow() throws IOException {
        Output output = write(TmFixtures.river(), ExportOptions.defaults().withConfirmedOnly(true));

        assertThat(rowNumbers(output.xml())).containsExactly("1");
        assertThat(output.report()).isEqualTo(new ExportReport(1, 3, 0));
    }

    @Test
    void minimumConfidenceLeavesOutWeakUnconfirmedRows() throws IOException {
        Output output = write(TmFixtures.river(), ExportOptions.defaults().withMinimumConfidence(0.5)
                .withIncludeOneSided(true));

        assertThat(rowNumbers(output.xml())).containsExactly("1", "2");
        assertThat(output.report()).isEqualTo(new ExportReport(2, 2, 0));
    }

    @Test
    void minimumConfidenceNeverLeavesOutAConfirmedRow() throws IOException {
        Output output = write(TmFixtures.river(), ExportOptions.defaults().withMinimumConfidence(1));

        assertThat(rowNumbers(output.xml())).containsExactly("1");
    }

    @Test
    void oneSidedRowsComeWithAnEmptySegmentWhenAskedFor() throws IOException {
        Output output = write(TmFixtures.river(), ExportOptions.defaults().withIncludeOneSided(true));

        assertThat(rowNumbers(output.xml())).containsExactly("1", "2", "3", "4");
        assertThat(segments(output.xml())).endsWith("", "Gà gáy sáng.");
    }

    @Test
    void multiSentenceSidesAreJoinedAsAsked() throws IOException {
        Output output = write(TmFixtures.river(), ExportOptions.defaults().withSentenceJoiner(" / "));

        assertThat(segments(output.xml())).contains("It flows south. / It is old.");
    }

    @Test
    void viToEnPutsTheVietnameseTuvFirstWithTheGivenCodes() throws IOException {
        ExportOptions options = ExportOptions.defaults().withConfirmedOnly(true)
                .withDirection(ExportOptions.Direction.VI_EN).withLanguageCodes("en-US", "vi-VN");

        String xml = write(TmFixtures.river(), options).xml();

        assertThat(xml).contains("srclang=\"vi-VN\"");
        assertThat(xml).contains("""
                      <prop type="x-source-documents">sông-vi.txt | river-en.txt</prop>
                      <tuv xml:lang="vi-VN">
                        <seg>Dòng sông rộng.</seg>
                      </tuv>
                      <tuv xml:lang="en-US">
                        <seg>The river is wide.</seg>
                      </tuv>
                """);
    }

    private static Output write(Project project, ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportReport report = WRITER.write(project, options, out);
        return new Output(out.toByteArray(), report);
    }

    private static List<String> rowNumbers(String xml) {
        return all(Pattern.compile("<prop type=\"x-row\">(\\d+)</prop>"), xml);
    }

    private static List<String> segments(String xml) {
        return all(Pattern.compile("<seg>(.*?)</seg>"), xml);
    }

    private static List<String> all(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.results().map(result -> result.group(1)).toList();
    }

    private record Output(byte[] bytes, ExportReport report) {

        String xml() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
