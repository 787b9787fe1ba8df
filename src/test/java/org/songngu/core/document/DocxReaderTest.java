package org.songngu.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.songngu.core.document.DocumentChecks.assertOffsetsPointIntoText;
import static org.songngu.core.document.DocumentChecks.outline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songngu.core.text.Language;

class DocxReaderTest {

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    @TempDir
    Path dir;

    @Test
    void readsParagraphsRunsTabsAndBreaks() throws Exception {
        Path file = docx("plain.docx", body(
                "<w:p><w:r><w:t>Máu được </w:t></w:r><w:r><w:t>lọc.</w:t><w:tab/><w:t>Rồi</w:t><w:br/>"
                        + "<w:t>truyền lại.</w:t></w:r></w:p>",
                "<w:p/>",
                "<w:p><w:r><w:t xml:space=\"preserve\">Second  paragraph. </w:t></w:r></w:p>"));

        Document document = DocumentReader.read(file, ReadOptions.detect());

        assertThat(document.text()).isEqualTo("Máu được lọc. Rồi truyền lại.\n\nSecond paragraph.");
        assertThat(outline(document)).containsExactly(
                "BODY: Máu được lọc. | Rồi truyền lại.",
                "BODY: Second paragraph.");
        assertThat(document.language()).isEqualTo(Language.VI);
        assertOffsetsPointIntoText(document);
    }

    @Test
    void headingAndTitleStylesAreHeadingsAndNumberedParagraphsAreListItems() throws Exception {
        Path file = docx("styled.docx", body(
                para("<w:pStyle w:val=\"Title\"/>", "Blood retransfusion"),
                para("<w:pStyle w:val=\"Heading2\"/>", "Procedure"),
                para("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/></w:numPr>", "Test the blood."),
                para("<w:pStyle w:val=\"ListParagraph\"/>", "Filter it."),
                para("<w:pStyle w:val=\"Normal\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr>", "Numbering switched off."),
                para("<w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs>", "Tab stops add no text.")));

        Document document = DocumentReader.read(file, Language.EN);

        assertThat(outline(document)).containsExactly(
                "HEADING: Blood retransfusion",
                "HEADING: Procedure",
                "LIST_ITEM: Test the blood.",
                "LIST_ITEM: Filter it.",
                "BODY: Numbering switched off.",
                "BODY: Tab stops add no text.");
    }

    @Test
    void localizedStyleIdsAreResolvedThroughStylesXml() throws Exception {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("word/document.xml", body(para("<w:pStyle w:val=\"u1\"/>", "Truyền máu ngược")));
        parts.put("word/styles.xml", "<w:styles " + W + "><w:style w:type=\"paragraph\" w:styleId=\"u1\">"
                + "<w:name w:val=\"heading 1\"/></w:style></w:styles>");

        Document document = DocumentReader.read(zip("vi.docx", parts), Language.VI);

        assertThat(outline(document)).containsExactly("HEADING: Truyền máu ngược");
    }

    @Test
    void deletedTextAndOldPropertiesOfTrackedChangesAreIgnored() throws Exception {
        Path file = docx("tracked.docx", body(
                "<w:p><w:pPr><w:pPrChange><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr></w:pPrChange></w:pPr>"
                        + "<w:del><w:r><w:delText>Old words. </w:delText></w:r></w:del>"
                        + "<w:ins><w:r><w:t>New words.</w:t></w:r></w:ins></w:p>"));

        assertThat(outline(DocumentReader.read(file, Language.EN))).containsExactly("BODY: New words.");
    }

    @Test
    void zipWithoutDocumentXmlIsNotAWordDocument() throws Exception {
        Path file = zip("other.docx", Map.of("content.xml", "<x/>"));

        assertThatThrownBy(() -> DocumentReader.read(file, Language.EN))
                .isInstanceOf(DocumentReadException.class)
                .hasMessage(file + ": is not a Word document (it has no word/document.xml)");
    }

    @Test
    void fileThatIsNotAZipIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("fake.docx"), "just text");

        assertThatThrownBy(() -> DocumentReader.read(file, Language.EN))
                .hasMessage(file + ": is not a valid .docx file (not a zip archive)");
    }

    @Test
    void truncatedZipIsRefused() throws Exception {
        Path good = docx("good.docx", body(para("", "Some text that fills the archive a little. ".repeat(50))));
        byte[] bytes = Files.readAllBytes(good);
        Path file = Files.write(dir.resolve("cut.docx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> DocumentReader.read(file, Language.EN))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageStartingWith(file + ": is not a valid .docx file (");
    }

    @Test
    void malformedXmlNamesThePartAndPosition() throws Exception {
        Path file = docx("broken.docx", "<w:document " + W + "><w:body><w:p></w:body></w:document>");

        assertThatThrownBy(() -> DocumentReader.read(file, Language.EN))
                .hasMessageStartingWith(file + ": is not a valid .docx file (word/document.xml is not well-formed XML at line 1, column ");
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP SECRET");
        Path file = docx("xxe.docx", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<w:document " + W + "><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>");

        assertThatThrownBy(() -> DocumentReader.read(file, Language.EN))
                .isInstanceOf(DocumentReadException.class)
                .hasMessageNotContaining("TOP SECRET");
    }

    @Test
    void documentWithoutTextIsEmpty() throws Exception {
        Path file = docx("blank.docx", body("<w:p/>", "<w:p><w:r><w:t> </w:t></w:r></w:p>"));

        assertThatThrownBy(() -> DocumentReader.read(file, Language.EN)).hasMessage(file + ": is empty");
    }

    private static String body(String... paragraphs) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document " + W + "><w:body>"
                + String.join("", paragraphs) + "<w:sectPr/></w:body></w:document>";
    }

    private static String para(String properties, String text) {
        return "<w:p><w:pPr>" + properties + "</w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    private Path docx(String name, String documentXml) throws IOException {
        return zip(name, Map.of("[Content_Types].xml", "<Types/>", "word/document.xml", documentXml));
    }

    private Path zip(String name, Map<String, String> parts) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
