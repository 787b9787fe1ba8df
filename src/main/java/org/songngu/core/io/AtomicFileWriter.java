package org.songngu.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;

/**
 * Replaces a file so that a reader sees either the old content or the new, never half of either:
 * the content goes to a temporary file in the same folder, is forced to disk (in steps while it is
 * written, see {@link WriteBehindChannelStream}), and is renamed over the target.
 */
public final class AtomicFileWriter {

    private static final System.Logger LOG = System.getLogger(AtomicFileWriter.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Writes the whole content to a stream; it must not close the stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFileWriter() {
    }

    /** The name of the backup a save keeps of the previous file: {@code NAME.bak} beside it. */
    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".bak");
    }

    /**
     * Writes {@code content} to {@code target}. With {@code keepBackup}, a previous file is first
     * copied to {@link #backupOf}. On any failure the target is unchanged and no temporary file is left.
     */
    public static void write(Path target, Content content, boolean keepBackup) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary = createTemporary(folder, absolute);
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                    WriteBehindChannelStream disk = new WriteBehindChannelStream(channel,
                            WriteBehindChannelStream.SYNC_EVERY_BYTES)) {
                OutputStream out = new BufferedOutputStream(disk, 1 << 16);
                content.writeTo(out);
                out.flush();
                disk.finish();
            }
            if (keepBackup && Files.exists(absolute)) {
                // A copy, not a rename: the target must exist at every moment, even if the save fails later.
                Files.copy(absolute, backupOf(absolute), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.COPY_ATTRIBUTES);
            }
            move(temporary, absolute);
            moved = true;
            forceFolder(folder);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /**
     * A new file beside the target. Not {@code Files.createTempFile}: its files are private to
     * the owner, and a saved project or export should get the permissions the user's files
     * normally get, or those of the file it replaces.
     */
    private static Path createTemporary(Path folder, Path target) throws IOException {
        // Same folder as the target: a rename across file systems would not be atomic.
        for (int attempt = 0; ; attempt++) {
            Path candidate = folder.resolve("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                Path created = Files.createFile(candidate);
                if (Files.exists(target) && Files.getFileStore(created).supportsFileAttributeView(PosixFileAttributeView.class)) {
                    Files.setPosixFilePermissions(created, Files.getPosixFilePermissions(target));
                }
                return created;
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            LOG.log(System.Logger.Level.DEBUG, "no atomic rename in {0}; replacing instead", target.getParent());
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Makes the rename itself durable where the platform allows it. Windows cannot open a folder as
     * a channel; the new content is already in place then, so only the log hears about it.
     */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "could not force folder {0}: {1}", folder, e.getMessage());
        }
    }
}
