package org.songngu.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.songngu.core.document.DocumentChecks.assertOffsetsPointIntoText;
import static org.songngu.core.document.DocumentChecks.outline;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songngu.core.text.Language;

class DocumentReaderTest {

    private static final Path ENGLISH_SEED = Path.of("seeds", "blood-retransfusion.en.txt");
    private static final Path VIETNAMESE_SEED = Path.of("seeds", "truyen-mau-nguoc.vi.txt");

    @TempDir
    Path dir;

    @Test
    void readsTheVietnameseSeedWithHeadingsAndItsIndentedList() throws DocumentReadException {
        Document document = DocumentReader.read(VIETNAMESE_SEED, ReadOptions.detect());

        assertThat(document.name()).isEqualTo("truyen-mau-nguoc.vi.txt");
        assertThat(document.language()).isEqualTo(Language.VI);
        assertThat(document.paragraphs()).extracting(Paragraph::kind).containsExactly(
                ParagraphKind.HEADING, ParagraphKind.BODY, ParagraphKind.BODY, ParagraphKind.BODY, ParagraphKind.BODY,
                ParagraphKind.LIST_ITEM, ParagraphKind.LIST_ITEM, ParagraphKind.LIST_ITEM,
                ParagraphKind.BODY, ParagraphKind.BODY, ParagraphKind.BODY, ParagraphKind.BODY, ParagraphKind.BODY,
                ParagraphKind.BODY);
        assertThat(outline(document).subList(4, 8)).containsExactly(
                "BODY: Những ưu điểm chính của truyền máu ngược:",
                "LIST_ITEM: 1. Giảm nguy cơ nhiễm trùng và phản ứng miễn dịch vì sử dụng máu của chính bệnh nhân.",
                "LIST_ITEM: 2. Giảm nhu cầu về máu của người hiến.",
                "LIST_ITEM: 3. Bảo quản tất cả các đặc tính chức năng và sinh hóa của máu.");
        assertOffsetsPointIntoText(document);
    }

    @Test
    void readsTheEnglishSeedWithItsTwoHeadings() throws DocumentReadException {
        Document document = DocumentReader.read(ENGLISH_SEED, ReadOptions.detect());

        assertThat(document.language()).isEqualTo(Language.EN);
        assertThat(document.paragraphs()).hasSize(15);
        assertThat(document.paragraphs()).filteredOn(p -> p.kind() == ParagraphKind.HEADING)
                .extracting(p -> p.sentences().get(0).text())
                .containsExactly("Blood retransfusion", "Blood retransfusion: definition, procedure and medical applications");
        assertThat(document.text()).isEqualTo(readString(ENGLISH_SEED));
        assertOffsetsPointIntoText(document);
    }

    @Test
    void givenLanguageWinsOverDetection() throws DocumentReadException {
        assertThat(DocumentReader.read(VIETNAMESE_SEED, Language.EN).language()).isEqualTo(Language.EN);
    }

    @Test
    void normalizesCrLfNoBreakSpacesAndZeroWidthCharactersBeforeSplitting() throws Exception {
        Path file = write("messy.txt", "\uFEFFTitle\r\n\r\nOne\u00A0sentence\u200B here.\tTwo\rlines joined.\r\n"
                .getBytes(StandardCharsets.UTF_8));

        Document document = DocumentReader.read(file, Language.EN);

        assertThat(document.text()).isEqualTo("Title\n\nOne sentence here. Two lines joined.\n");
        assertThat(outline(document)).containsExactly(
                "HEADING: Title",
                "BODY: One sentence here. | Two lines joined.");
        assertOffsetsPointIntoText(document);
    }

    @Test
    void composesWindows1258TonesWhenTheEncodingIsNamed() throws Exception {
        Charset windows1258 = Charset.forName("windows-1258");
        Path file = write("legacy.txt", "Truy\u00EA\u0300n ma\u0301u ng\u01B0\u01A1\u0323c \u0111\u01B0\u01A1\u0323c thu.\n"
                .getBytes(windows1258));

        Document document = DocumentReader.read(file, ReadOptions.detect().withEncoding(windows1258));

        assertThat(document.sentences()).extracting(Sentence::text).containsExactly("Truyền máu ngược được thu.");
        assertThat(document.language()).isEqualTo(Language.VI);
    }

    @Test
    void readsUtf16WithByteOrderMark() throws Exception {
        Path file = write("wide.txt", "\uFEFFMáu được lọc. Rồi truyền lại.".getBytes(StandardCharsets.UTF_16LE));

        Document document = DocumentReader.read(file, ReadOptions.detect());

        assertThat(outline(document)).containsExactly("BODY: Máu được lọc. | Rồi truyền lại.");
        assertThat(document.language()).isEqualTo(Language.VI);
    }

    @Test
    void missingFileIsNamed() {
        Path file = dir.resolve("nowhere.txt");

        assertThatThrownBy(() -> DocumentReader.read(file, ReadOptions.detect()))
                .isInstanceOf(DocumentReadException.class)
                .hasMessage(file + ": no such file");
    }

    @Test
    void folderIsRefused() {
        assertThatThrownBy(() -> DocumentReader.read(dir, ReadOptions.detect()))
                .hasMessage(dir + ": is a folder, not a file");
    }

    @Test
    void emptyAndWhitespaceOnlyFilesAreEmpty() throws IOException {
        Path empty = write("empty.txt", new byte[0]);
        Path blank = write("blank.txt", " \n\t\r\n\u00A0\u200B\n".getBytes(StandardCharsets.UTF_8));
        Path emptyDocx = write("empty.docx", new byte[0]);

        assertThatThrownBy(() -> DocumentReader.read(empty, ReadOptions.detect())).hasMessage(empty + ": is empty");
        assertThatThrownBy(() -> DocumentReader.read(blank, ReadOptions.detect())).hasMessage(blank + ": is empty");
        assertThatThrownBy(() -> DocumentReader.read(emptyDocx, ReadOptions.detect())).hasMessage(emptyDocx + ": is empty");
    }

    @Test
    void binaryFileIsRefusedWhateverItsExtension() throws IOException {
        Path file = write("picture.md", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D});

        assertThatThrownBy(() -> DocumentReader.read(file, ReadOptions.detect()))
                .hasMessage(file + ": looks like a binary file, not text");
    }

    @Test
    void undecodableBytesNameTheFileAndOffset() throws IOException {
        Path file = write("bad.txt", new byte[] {'a', 'b', (byte) 0xFF, 'c'});

        assertThatThrownBy(() -> DocumentReader.read(file, ReadOptions.detect().withEncoding(StandardCharsets.UTF_8)))
                .hasMessage(file + ": is not valid UTF-8 text: byte 0xFF at offset 2 cannot be decoded");
    }

    @Test
    void fromTextLaysOutTextInMemoryLikeAFile() {
        Document document = DocumentReader.fromText("pasted", "Heading\n\nFirst. Second.\n- item one\n- item two",
                Language.EN);

        assertThat(document).isEqualTo(new Document("pasted", Language.EN,
                "Heading\n\nFirst. Second.\n- item one\n- item two", List.of(
                        new Paragraph(0, 7, ParagraphKind.HEADING, List.of(new Sentence("Heading", 0, 7))),
                        new Paragraph(9, 23, ParagraphKind.BODY, List.of(
                                new Sentence("First.", 9, 15), new Sentence("Second.", 16, 23))),
                        new Paragraph(24, 34, ParagraphKind.LIST_ITEM, List.of(new Sentence("- item one", 24, 34))),
                        new Paragraph(35, 45, ParagraphKind.LIST_ITEM, List.of(new Sentence("- item two", 35, 45))))));
    }

    @Test
    void fromTextOfBlankTextHasNoParagraphs() {
        assertThat(DocumentReader.fromText("pasted", " \n ", Language.VI).paragraphs()).isEmpty();
    }

    @Test
    void listMarkerStaysWithItsSentence() {
        Document document = DocumentReader.fromText("list", "1. Giảm nguy cơ. Hai câu.", Language.VI);

        assertThat(document.sentences()).extracting(Sentence::text).containsExactly("1. Giảm nguy cơ.", "Hai câu.");
    }

    @Test
    void presegmentedFileKeepsEveryLineAsOneSentence() throws Exception {
        Path file = write("gold.vi.txt", "Dr. Smith came. He left.\r\nSecond line\n\n  Next paragraph.  \n".getBytes(StandardCharsets.UTF_8));

        Document document = DocumentReader.readPresegmented(file, Language.EN);

        assertThat(document.text()).isEqualTo("Dr. Smith came. He left.\nSecond line\n\n  Next paragraph.  \n");
        assertThat(outline(document)).containsExactly(
                "BODY: Dr. Smith came. He left. | Second line",
                "BODY: Next paragraph.");
        assertThat(document.paragraphs().get(1)).isEqualTo(
                new Paragraph(40, 55, ParagraphKind.BODY, List.of(new Sentence("Next paragraph.", 40, 55))));
        assertOffsetsPointIntoText(document);
    }

    @Test
    void presegmentedEmptyFileIsEmpty() throws IOException {
        Path file = write("gold.txt", "\n\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> DocumentReader.readPresegmented(file, Language.EN)).hasMessage(file + ": is empty");
    }

    @Test
    void unknownExtensionIsReadAsText() throws Exception {
        Path file = write("notes.md", "Ghi chú. Đây là văn bản.".getBytes(StandardCharsets.UTF_8));

        assertThat(outline(DocumentReader.read(file, ReadOptions.detect())))
                .containsExactly("BODY: Ghi chú. | Đây là văn bản.");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
