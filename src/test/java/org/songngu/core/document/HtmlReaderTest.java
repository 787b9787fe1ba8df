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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songngu.core.text.Language;

class HtmlReaderTest {

    @TempDir
    Path dir;

    @Test
    void blockElementsBecomeParagraphsOfTheirKind() throws Exception {
        Path file = write("page.html", """
                <!DOCTYPE html>
                <html><head><title>Not text</title><style>p { color: red }</style></head>
                <body>
                  <h1>Truyền máu ngược</h1>
                  <p>Máu được <b>lọc</b>.
                     Rồi truyền<br>lại.</p>
                  <ul><li>Giảm nguy cơ.</li><li><p>Giảm nhu cầu.</p></li></ul>
                  <script>alert("no")</script><noscript>No script.</noscript><template><p>Hidden.</p></template>
                  <blockquote>Trích dẫn.</blockquote>
                  <table><tr><td>Ô một.</td><td>Ô hai.</td></tr></table>
                  <div>Chữ rời <p>Đoạn trong.</p> đuôi.</div>
                  <pre>Dòng một.
                Dòng hai.</pre>
                </body></html>
                """.getBytes(StandardCharsets.UTF_8));

        Document document = DocumentReader.read(file, ReadOptions.detect());

        assertThat(outline(document)).containsExactly(
                "HEADING: Truyền máu ngược",
                "BODY: Máu được lọc. | Rồi truyền lại.",
                "LIST_ITEM: Giảm nguy cơ.",
                "LIST_ITEM: Giảm nhu cầu.",
                "BODY: Trích dẫn.",
                "BODY: Ô một.",
                "BODY: Ô hai.",
                "BODY: Chữ rời",
                "BODY: Đoạn trong.",
                "BODY: đuôi.",
                "BODY: Dòng một. | Dòng hai.");
        assertThat(document.language()).isEqualTo(Language.VI);
        assertOffsetsPointIntoText(document);
    }

    @Test
    void usesTheCharsetTheMetaTagDeclares() throws Exception {
        Charset windows1258 = Charset.forName("windows-1258");
        Path file = write("legacy.htm", ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\">"
                + "</head><body><p>Ma\u0301u \u0111\u01B0\u01A1\u0323c lo\u0323c.</p></body></html>").getBytes(windows1258));

        Document document = DocumentReader.read(file, ReadOptions.detect());

        assertThat(outline(document)).containsExactly("BODY: Máu được lọc.");
    }

    @Test
    void namedEncodingOverridesTheMetaTag() throws Exception {
        Path file = write("lying.html", "<meta charset=\"iso-8859-1\"><p>Máu được lọc.</p>".getBytes(StandardCharsets.UTF_8));

        Document document = DocumentReader.read(file, ReadOptions.detect().withEncoding(StandardCharsets.UTF_8));

        assertThat(outline(document)).containsExactly("BODY: Máu được lọc.");
    }

    @Test
    void unknownDeclaredCharsetIsReported() throws Exception {
        Path file = write("odd.html", "<meta charset=\"x-martian\"><p>Hi.</p>".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> DocumentReader.read(file, Language.EN))
                .isInstanceOf(DocumentReadException.class)
                .hasMessage(file + ": declares the unknown charset 'x-martian'; name the encoding with --encoding");
    }

    @Test
    void pageWithoutTextIsEmpty() throws Exception {
        Path file = write("blank.html", "<html><body><script>x()</script></body></html>".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> DocumentReader.read(file, Language.EN)).hasMessage(file + ": is empty");
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
