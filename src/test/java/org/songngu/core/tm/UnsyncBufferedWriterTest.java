package org.songngu.core.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class UnsyncBufferedWriterTest {

    @Test
    void passesOnEverythingInOrderWhateverTheSizeOfEachWrite() throws Exception {
        StringWriter target = new StringWriter();
        UnsyncBufferedWriter writer = new UnsyncBufferedWriter(target);
        String big = "ắ".repeat(70_000);
        String fill = "x".repeat(65_530);

        writer.write('<');
        writer.write("Sông", 1, 2);
        writer.write(fill);
        writer.write(new char[] {'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'}, 2, 6);
        writer.write(big);
        writer.write(big.toCharArray(), 0, 3);
        assertThat(target.toString()).isEqualTo("<ôn" + fill + "cdefgh" + big);

        writer.close();
        assertThat(target.toString()).isEqualTo("<ôn" + fill + "cdefgh" + big + "ắắắ");
    }
}
