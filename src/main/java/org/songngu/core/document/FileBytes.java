package org.songngu.core.document;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a whole file, turning every way that can fail into a message that names the file. */
final class FileBytes {

    /** Larger than any document anyone aligns by hand; stops a wrong file from eating the heap. */
    static final long MAX_SIZE = 256L * 1024 * 1024;

    private FileBytes() {
    }

    static byte[] read(Path file) throws DocumentReadException {
        if (Files.isDirectory(file)) {
            throw new DocumentReadException(file + ": is a folder, not a file");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_SIZE) {
                throw new DocumentReadException(file + ": is too large (" + size / (1024 * 1024)
                        + " MB; at most " + MAX_SIZE / (1024 * 1024) + " MB can be read)");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DocumentReadException(file + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new DocumentReadException(file + ": cannot be read (permission denied)", e);
        } catch (IOException e) {
            throw new DocumentReadException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
