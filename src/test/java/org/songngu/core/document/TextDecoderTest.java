package org.songngu.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final Path FILE = Path.of("doc.txt");
    private static final String VIETNAMESE = "Truyền máu ngược được thực hiện để giảm mất máu.";

    /** "Truyền máu ngược, đồng" as windows-1258 writes it: base letters plus combining tones. */
    private static final String WINDOWS_1258_FORM = "Truy\u00EA\u0300n ma\u0301u ng\u01B0\u01A1\u0323c, \u0111\u00F4\u0300ng";

    @Test
    void readsUtf8WithoutByteOrderMark() throws DocumentReadException {
        assertThat(decode(VIETNAMESE.getBytes(StandardCharsets.UTF_8))).isEqualTo(VIETNAMESE);
    }

    @Test
    void readsUtf8WithByteOrderMarkLeavingTheMarkForNormalization() throws DocumentReadException {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, VIETNAMESE.getBytes(StandardCharsets.UTF_8));
        assertThat(decode(bytes)).isEqualTo("\uFEFF" + VIETNAMESE);
    }

    @Test
    void readsUtf16LittleEndianWithByteOrderMark() throws DocumentReadException {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, VIETNAMESE.getBytes(StandardCharsets.UTF_16LE));
        assertThat(decode(bytes)).isEqualTo("\uFEFF" + VIETNAMESE);
    }

    @Test
    void readsUtf16BigEndianWithByteOrderMark() throws DocumentReadException {
        byte[] bytes = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, VIETNAMESE.getBytes(StandardCharsets.UTF_16BE));
        assertThat(decode(bytes)).isEqualTo("\uFEFF" + VIETNAMESE);
    }

    @Test
    void readsWindows1258WhenNamed() throws DocumentReadException {
        Charset windows1258 = Charset.forName("windows-1258");
        byte[] bytes = WINDOWS_1258_FORM.getBytes(windows1258);
        assertThat(new String(bytes, windows1258)).isEqualTo(WINDOWS_1258_FORM);

        String decoded = TextDecoder.decode(FILE, bytes, Optional.of(windows1258));

        assertThat(decoded).isEqualTo(WINDOWS_1258_FORM);
    }

    @Test
    void refusesWindows1258WhenNotNamedBecauseDetectionIsUnsure() {
        byte[] bytes = (WINDOWS_1258_FORM + " ").repeat(20).getBytes(Charset.forName("windows-1258"));

        assertThatThrownBy(() -> decode(bytes))
                .isInstanceOf(DocumentReadException.class)
                .hasMessage("doc.txt: cannot tell which encoding it uses (it is not UTF-8);"
                        + " name the encoding with --encoding, for example --encoding windows-1258");
    }

    @Test
    void detectsLatin1WhenIcuIsSure() throws DocumentReadException {
        String french = "Le garçon était très content. Il a mangé une crème brûlée au café près de l'église. ";
        assertThat(decode(french.repeat(5).getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(french.repeat(5));
    }

    @Test
    void namedEncodingOverridesDetection() throws DocumentReadException {
        byte[] bytes = "café".getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoder.decode(FILE, bytes, Optional.of(StandardCharsets.ISO_8859_1))).isEqualTo("cafÃ©");
    }

    @Test
    void undecodableBytesAreReportedWithTheirOffset() {
        byte[] bytes = concat("abc".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xC3, 'x'});

        assertThatThrownBy(() -> TextDecoder.decode(FILE, bytes, Optional.of(StandardCharsets.UTF_8)))
                .isInstanceOf(DocumentReadException.class)
                .hasMessage("doc.txt: is not valid UTF-8 text: byte 0xC3 at offset 3 cannot be decoded");
    }

    @Test
    void nulBytesMeanBinary() {
        byte[] bytes = {'P', 'K', 3, 4, 0, 0, 'x', 'y'};

        assertThatThrownBy(() -> decode(bytes))
                .isInstanceOf(DocumentReadException.class)
                .hasMessage("doc.txt: looks like a binary file, not text");
    }

    @Test
    void mostlyControlCharactersMeanBinary() {
        byte[] bytes = {1, 2, 3, 4, 5, 'a', 6, 7, 8, 14};

        assertThatThrownBy(() -> decode(bytes)).hasMessage("doc.txt: looks like a binary file, not text");
    }

    @Test
    void byteOrderMarksAreRecognised() {
        assertThat(TextDecoder.byteOrderMark(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'}))
                .contains(StandardCharsets.UTF_8);
        assertThat(TextDecoder.byteOrderMark(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}))
                .contains(StandardCharsets.UTF_16LE);
        assertThat(TextDecoder.byteOrderMark(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'a'}))
                .contains(StandardCharsets.UTF_16BE);
        assertThat(TextDecoder.byteOrderMark(new byte[] {'a', 'b'})).isEmpty();
    }

    private static String decode(byte[] bytes) throws DocumentReadException {
        return TextDecoder.decode(FILE, bytes, Optional.empty());
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }
}
