package org.songngu.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Writes to a file channel and, every so many bytes (32 MB in saves), has a background thread
 * force what was written so far to disk while the writer goes on. The kernel otherwise holds a
 * large file in memory until the final force, which then waits for all of it at once: for a
 * 600 MB export that wait was a fifth of the time. {@link #finish} forces the rest and reports a
 * background failure.
 */
final class WriteBehindChannelStream extends OutputStream {

    static final int SYNC_EVERY_BYTES = 32 << 20;

    private final FileChannel channel;
    private final long syncEveryBytes;
    private final ExecutorService syncer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "songngu-write-behind");
        thread.setDaemon(true);
        return thread;
    });
    private CompletableFuture<Void> sync = CompletableFuture.completedFuture(null);
    private long unsynced;

    WriteBehindChannelStream(FileChannel channel, long syncEveryBytes) {
        this.channel = channel;
        this.syncEveryBytes = syncEveryBytes;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        unsynced += length;
        // One force at a time: when the disk is the slower side, the writer does not queue more.
        if (unsynced >= syncEveryBytes && sync.isDone()) {
            awaitSync();
            unsynced = 0;
            sync = CompletableFuture.runAsync(this::forceData, syncer);
        }
    }

    /** Forces everything written, content and metadata, to disk. */
    void finish() throws IOException {
        awaitSync();
        channel.force(true);
    }

    /** Lets the background thread end; it does not force, as a failed write closes the stream too. */
    @Override
    public void close() {
        syncer.shutdown();
    }

    private void forceData() {
        try {
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitSync() throws IOException {
        try {
            sync.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException failed) {
                throw failed.getCause();
            }
            throw e;
        }
    }
}
