package org.songngu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsTheVietnameseSeedOneSentencePerLine() {
        CommandLineRun run = CommandLineRun.of("segment", "seeds/truyen-mau-nguoc.vi.txt");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("""
                Truyền máu ngược

                Truyền máu ngược (retransfusio sanguinis) là một thủ tục y tế trong đó máu của bệnh nhân bị mất \
                trong quá trình phẫu thuật hoặc chấn thương được thu thập và truyền lại cho bệnh nhân.

                Truyền máu ngược được thực hiện để giảm mất máu và nhu cầu về máu của người hiến.
                Máu thu được sẽ được lọc để loại bỏ cục máu đông và tạp chất rồi đưa trở lại bệnh nhân.
                """);
        assertThat(run.out()).contains("""
                Những ưu điểm chính của truyền máu ngược:

                1. Giảm nguy cơ nhiễm trùng và phản ứng miễn dịch vì sử dụng máu của chính bệnh nhân.

                2. Giảm nhu cầu về máu của người hiến.

                """);
        assertThat(run.out().split("\n\n")).hasSize(14);
    }

    @Test
    void printsTheEnglishSeedWithAnExplicitLanguage() {
        CommandLineRun run = CommandLineRun.of("segment", "--lang", "en", "seeds/blood-retransfusion.en.txt");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("""
                Blood retransfusion

                Blood retransfusion is a blood transfusion procedure in which a patient in need of a blood \
                transfusion is given blood previously obtained from another person.
                This may be necessary""");
        assertThat(run.out().split("\n\n")).hasSize(15);
    }

    @Test
    void readsWindows1258WhenTheEncodingIsNamed() throws IOException {
        Path file = Files.write(dir.resolve("legacy.txt"),
                "Ma\u0301u \u0111\u01B0\u01A1\u0323c lo\u0323c.".getBytes(Charset.forName("windows-1258")));

        CommandLineRun run = CommandLineRun.of("segment", "--encoding", "windows-1258", file.toString());

        assertThat(run).isEqualTo(new CommandLineRun(0, "Máu được lọc.\n", ""));
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("missing.txt");

        assertThat(CommandLineRun.of("segment", file.toString()))
                .isEqualTo(new CommandLineRun(2, "", "songngu: " + file + ": no such file\n"));
    }

    @Test
    void emptyFile() throws IOException {
        Path file = Files.write(dir.resolve("empty.txt"), new byte[0]);

        assertThat(CommandLineRun.of("segment", file.toString()))
                .isEqualTo(new CommandLineRun(2, "", "songngu: " + file + ": is empty\n"));
    }

    @Test
    void binaryFile() throws IOException {
        Path file = Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});

        assertThat(CommandLineRun.of("segment", file.toString()))
                .isEqualTo(new CommandLineRun(2, "", "songngu: " + file + ": looks like a binary file, not text\n"));
    }

    @Test
    void undecodableBytes() throws IOException {
        Path file = Files.write(dir.resolve("bad.txt"), "Máu được lọc.".getBytes(StandardCharsets.UTF_8));

        assertThat(CommandLineRun.of("segment", "--encoding", "US-ASCII", file.toString()))
                .isEqualTo(new CommandLineRun(2, "",
                        "songngu: " + file + ": is not valid US-ASCII text: byte 0xC3 at offset 1 cannot be decoded\n"));
    }

    @Test
    void unknownLanguage() {
        assertThat(CommandLineRun.of("segment", "--lang", "fr", "seeds/blood-retransfusion.en.txt"))
                .isEqualTo(new CommandLineRun(2, "", "songngu: unknown language 'fr': expected en or vi\n"));
    }

    @Test
    void unknownEncoding() {
        assertThat(CommandLineRun.of("segment", "--encoding", "klingon-8", "seeds/blood-retransfusion.en.txt"))
                .isEqualTo(new CommandLineRun(2, "", "songngu: unknown encoding 'klingon-8'\n"));
    }

    @Test
    void encodingNameThatIsNotEvenLegal() {
        assertThat(CommandLineRun.of("segment", "--encoding", "no spaces/allowed", "seeds/blood-retransfusion.en.txt"))
                .isEqualTo(new CommandLineRun(2, "", "songngu: unknown encoding 'no spaces/allowed'\n"));
    }
}
