package org.songngu.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriteBehindChannelStreamTest {

    @TempDir
    Path dir;

    @Test
    void everyByteArrivesInOrderWhileBackgroundForcesRun() throws IOException {
        byte[] content = new byte[3 << 20];
        new Random(7).nextBytes(content);
        Path file = dir.resolve("out.bin");

        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                WriteBehindChannelStream stream = new WriteBehindChannelStream(channel, 64 << 10)) {
            // Uneven pieces, so that forces start in the middle of writes of every size.
            for (int offset = 0, piece = 1; offset < content.length; offset += piece, piece = piece * 7 % 100_003 + 1) {
                stream.write(content, offset, Math.min(piece, content.length - offset));
            }
            stream.write(42);
            stream.finish();
        }

        byte[] written = Files.readAllBytes(file);
        assertThat(written).hasSize(content.length + 1);
        assertThat(written[content.length]).isEqualTo((byte) 42);
        assertThat(Arrays.copyOf(written, content.length)).isEqualTo(content);
    }

    @Test
    void aFailedWriteIsReportedNotSwallowed() throws IOException {
        Path file = dir.resolve("out.bin");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try (WriteBehindChannelStream stream = new WriteBehindChannelStream(channel, 16)) {
            stream.write(new byte[32], 0, 32);
            channel.close();

            assertThatThrownBy(() -> stream.write(new byte[32], 0, 32)).isInstanceOf(ClosedChannelException.class);
            assertThatThrownBy(stream::finish).isInstanceOf(ClosedChannelException.class);
        }
    }
}
