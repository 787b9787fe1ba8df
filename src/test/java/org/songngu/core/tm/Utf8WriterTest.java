package org.songngu.core.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8WriterTest {

    @Test
    void writesEverythingInOrderAsUtf8WhateverTheSizeOfEachWrite() throws Exception {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        Utf8Writer writer = new Utf8Writer(target);
        String big = "ắ".repeat(70_000);

        writer.write('<');
        writer.write("Sông", 1, 2);
        writer.write(new char[] {'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'}, 2, 6);
        writer.write(big);
        writer.write(big.toCharArray(), 0, 3);
        writer.flush();

        assertThat(target.toString(StandardCharsets.UTF_8)).isEqualTo("<ôncdefgh" + big + "ắắắ");
    }

    @Test
    void keepsASurrogatePairWholeWhenTheBufferEndsBetweenItsHalves() throws Exception {
        for (int filler = 32_760; filler <= 32_770; filler++) {
            ByteArrayOutputStream target = new ByteArrayOutputStream();
            Utf8Writer writer = new Utf8Writer(target);
            String text = "x".repeat(filler) + "😀🌾 xong";

            writer.write(text);
            writer.close();

            assertThat(target.toByteArray()).as("after %d characters", filler).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void writesAQuestionMarkForALoneSurrogateAsOutputStreamWriterDoes() throws Exception {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        Utf8Writer writer = new Utf8Writer(target);

        writer.write("a\uDC00b\uD800");
        writer.flush();

        assertThat(target.toString(StandardCharsets.UTF_8)).isEqualTo("a?b?");
    }
}
