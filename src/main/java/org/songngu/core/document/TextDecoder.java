package org.songngu.core.document;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a file's bytes into text: a named encoding, else a byte order mark, else UTF-8, else
 * ICU's guess when it is sure enough.
 *
 * <p>UTF-8 is tried before ICU because valid UTF-8 is almost never an accident, while ICU's
 * guesses for short or Vietnamese legacy text are weak: it cannot recognise windows-1258 at all
 * and calls such files windows-1252 with a confidence around 20. Below {@link #CONFIDENCE_FLOOR}
 * we refuse rather than hand the user mojibake.
 */
final class TextDecoder {

    /** ICU confidence (0–100) from which a detected encoding is trusted. */
    static final int CONFIDENCE_FLOOR = 50;

    /** How much of the start of a file the binary check looks at. */
    private static final int SNIFF_LENGTH = 8192;

    /** Share of control characters, in percent, from which a file counts as binary. */
    private static final int CONTROL_PERCENT = 10;

    private TextDecoder() {
    }

    /** Decodes {@code bytes} from {@code file}; the result is not yet normalized. */
    static String decode(Path file, byte[] bytes, Optional<Charset> encoding) throws DocumentReadException {
        Charset charset = encoding.or(() -> byteOrderMark(bytes)).orElse(null);
        if (!(charset != null && isWide(charset)) && looksBinary(bytes)) {
            throw binary(file);
        }
        String text;
        if (charset != null) {
            text = strictDecode(file, bytes, charset);
        } else {
            Optional<String> utf8 = tryDecode(bytes, StandardCharsets.UTF_8);
            text = utf8.isPresent() ? utf8.get() : strictDecode(file, bytes, guess(file, bytes));
        }
        if (looksBinary(text)) {
            throw binary(file);
        }
        return text;
    }

    /** The encoding a byte order mark at the start of {@code bytes} announces, if any. */
    static Optional<Charset> byteOrderMark(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            return Optional.of(Charset.forName("UTF-32LE"));
        }
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            return Optional.of(Charset.forName("UTF-32BE"));
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** UTF-16 and UTF-32 text is full of NUL bytes, so the byte-level binary check must skip it. */
    private static boolean isWide(Charset charset) {
        String name = charset.name().toUpperCase(Locale.ROOT);
        return name.startsWith("UTF-16") || name.startsWith("UTF-32");
    }

    private static Charset guess(Path file, byte[] bytes) throws DocumentReadException {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch match = detector.detect();
        if (match == null || match.getConfidence() < CONFIDENCE_FLOOR || !Charset.isSupported(match.getName())) {
            throw new DocumentReadException(file + ": cannot tell which encoding it uses (it is not UTF-8);"
                    + " name the encoding with --encoding, for example --encoding windows-1258");
        }
        return Charset.forName(match.getName());
    }

    private static Optional<String> tryDecode(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = newDecoder(charset);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), out, true);
        if (result.isError() || decoder.flush(out).isError()) {
            return Optional.empty();
        }
        return Optional.of(out.flip().toString());
    }

    private static String strictDecode(Path file, byte[] bytes, Charset charset) throws DocumentReadException {
        CharsetDecoder decoder = newDecoder(charset);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            throw new DocumentReadException(String.format(Locale.ROOT,
                    "%s: is not valid %s text: byte 0x%02X at offset %d cannot be decoded",
                    file, charset.name(), bytes[Math.min(offset, bytes.length - 1)] & 0xFF, offset));
        }
        return out.flip().toString();
    }

    private static CharsetDecoder newDecoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean looksBinary(byte[] bytes) {
        int length = Math.min(bytes.length, SNIFF_LENGTH);
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (isControl(b)) {
                controls++;
            }
        }
        return controls * 100 > length * CONTROL_PERCENT;
    }

    private static boolean looksBinary(String text) {
        int length = Math.min(text.length(), SNIFF_LENGTH);
        int controls = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (isControl(c)) {
                controls++;
            }
        }
        return controls * 100 > length * CONTROL_PERCENT;
    }

    /** Control characters other than the white space text files legitimately hold. */
    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
    }

    private static DocumentReadException binary(Path file) {
        return new DocumentReadException(file + ": looks like a binary file, not text");
    }
}
