package org.songngu.core.tm;

import java.io.IOException;
import java.io.Writer;

/**
 * A character buffer in front of a writer, without {@link java.io.BufferedWriter}'s lock on every
 * call: the JDK's XML writer hands over text a few characters at a time, between escapes, and that
 * lock was the largest cost of a TMX export. One thread only.
 */
final class UnsyncBufferedWriter extends Writer {

    private final Writer out;
    private final char[] buffer = new char[1 << 16];
    private int size;

    UnsyncBufferedWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        if (size == buffer.length) {
            flushBuffer();
        }
        buffer[size++] = (char) c;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        if (length > buffer.length - size) {
            flushBuffer();
            if (length > buffer.length) {
                out.write(chars, offset, length);
                return;
            }
        }
        System.arraycopy(chars, offset, buffer, size, length);
        size += length;
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        if (length > buffer.length - size) {
            flushBuffer();
            if (length > buffer.length) {
                out.write(text, offset, length);
                return;
            }
        }
        text.getChars(offset, offset + length, buffer, size);
        size += length;
    }

    @Override
    public void write(String text) throws IOException {
        write(text, 0, text.length());
    }

    @Override
    public void flush() throws IOException {
        flushBuffer();
        out.flush();
    }

    /** Flushes, but leaves the writer below open: the stream under it belongs to the caller. */
    @Override
    public void close() throws IOException {
        flush();
    }

    private void flushBuffer() throws IOException {
        if (size > 0) {
            out.write(buffer, 0, size);
            size = 0;
        }
    }
}
