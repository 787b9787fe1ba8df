package org.songngu.core.tm;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes characters to a byte stream as UTF-8 through a large buffer, for one thread. Exports
 * spent most of their time in {@link java.io.OutputStreamWriter}: a lock on each of the many small
 * writes the XML and CSV printers make, and a character-at-a-time encoder for Vietnamese text;
 * {@link String#getBytes} encodes a whole buffer at once. Like OutputStreamWriter, it writes
 * {@code ?} for a lone surrogate.
 */
final class Utf8Writer extends Writer {

    private final OutputStream out;
    private final char[] buffer = new char[1 << 15];
    private int size;

    Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        if (size == buffer.length) {
            encode();
        }
        buffer[size++] = (char) c;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        while (length > 0) {
            if (size == buffer.length) {
                encode();
            }
            int chunk = Math.min(length, buffer.length - size);
            System.arraycopy(chars, offset, buffer, size, chunk);
            size += chunk;
            offset += chunk;
            length -= chunk;
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        while (length > 0) {
            if (size == buffer.length) {
                encode();
            }
            int chunk = Math.min(length, buffer.length - size);
            text.getChars(offset, offset + chunk, buffer, size);
            size += chunk;
            offset += chunk;
            length -= chunk;
        }
    }

    @Override
    public void write(String text) throws IOException {
        write(text, 0, text.length());
    }

    @Override
    public void flush() throws IOException {
        encode();
        if (size > 0) {
            // A high surrogate whose pair never came: encode it alone, as the stream ends here for now.
            out.write(new String(buffer, 0, size).getBytes(StandardCharsets.UTF_8));
            size = 0;
        }
        out.flush();
    }

    /** Flushes, but leaves the stream open: it belongs to the caller. */
    @Override
    public void close() throws IOException {
        flush();
    }

    /** Encodes the buffer, keeping back a final high surrogate so that a pair split by the buffer stays whole. */
    private void encode() throws IOException {
        int end = size > 0 && Character.isHighSurrogate(buffer[size - 1]) ? size - 1 : size;
        if (end > 0) {
            out.write(new String(buffer, 0, end).getBytes(StandardCharsets.UTF_8));
        }
        if (end < size) {
            buffer[0] = buffer[end];
        }
        size -= end;
    }
}
