package org.songngu.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.songngu.core.segment.SentenceSegmenter;
import org.songngu.core.text.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bench-segment}: measures sentence segmentation speed on generated English and Vietnamese text. */
@Command(
        name = "bench-segment",
        hidden = true,
        description = "Measure sentence segmentation speed on generated mixed English/Vietnamese text.")
final class BenchSegmentCommand implements Callable<Integer> {

    // Written for this benchmark; {n} and {m} vary per copy so no two paragraphs are identical.
    private static final String[] ENGLISH = {
        "Dr. Okafor checked the drip at {n} a.m. and found it running slowly. The nurse, Ms. Reyes, "
                + "had already called the pharmacy. \"Is it blocked?\" she asked. Nobody knew yet.",
        "The trial enrolled {m} patients between Jan. 15 and Sept. 30 (see Fig. 2). The mean dose was "
                + "{n}.5 mg, i.e. slightly higher than planned. Results are at www.example.com/trial/{n}.html for review.",
        "J. R. R. Tolkien taught in Oxford for many years. His students included people from the U.S. "
                + "Army, from the U.K. civil service, etc. Some of them wrote about him later... but not all.",
        "1. Keep the wound dry for {n} days. 2. Change the dressing daily, e.g. after a shower. "
                + "3. Call No. {m} if the pain gets worse! Is that clear? Good.",
    };

    private static final String[] VIETNAMESE = {
        "PGS.TS. Nguyễn Thị Lan trình bày báo cáo lúc {n} giờ. Bệnh nhân được BS. Phạm Quốc Hưng khám lại "
                + "tại TP. Hồ Chí Minh. “Có đau không?” cô hỏi. Ông lắc đầu… rồi ngủ thiếp đi.",
        "Nghiên cứu có {m} người tham gia, từ ngày 15/01/2024 đến 15.06.2024. Nhiệt độ trung bình tăng "
                + "{n},5 độ. Chợ bán đủ thứ: táo, cam, quýt v.v. Sau đó giá tăng gấp đôi.",
        "Người ký biên bản là ông Nguyễn Văn A. Ông ấy đến muộn {n} phút. Tài liệu có tại "
                + "www.example.vn/hs/{m}.pdf và có thể hỏi qua x.y@z.vn nếu cần.",
        "Quy trình gồm: 1. Sát khuẩn. 2. Gây tê. 3. Khâu vết thương. Ca mổ do ThS.BS. Hoàng Văn Nam "
                + "thực hiện, kéo dài {n} giờ! Sau đó bệnh nhân ổn định.",
    };

    @Spec
    private CommandSpec spec;

    @Option(names = "--megabytes", paramLabel = "N", defaultValue = "10",
            description = "Size of the generated text in megabytes of UTF-8 (default: ${DEFAULT-VALUE}).")
    private int megabytes;

    private record Paragraph(Language language, String text) {
    }

    @Override
    public Integer call() {
        if (megabytes < 1) {
            throw new ParameterException(spec.commandLine(), "--megabytes must be at least 1, not " + megabytes);
        }
        PrintWriter out = spec.commandLine().getOut();
        SentenceSegmenter english = SentenceSegmenter.forLanguage(Language.EN);
        SentenceSegmenter vietnamese = SentenceSegmenter.forLanguage(Language.VI);

        // A short untimed pass first, so the figure measures compiled code, not the JIT warming up.
        segment(generate(1_000_000L), english, vietnamese);

        List<Paragraph> paragraphs = generate(megabytes * 1_000_000L);
        long bytes = 0;
        for (Paragraph paragraph : paragraphs) {
            bytes += paragraph.text().getBytes(StandardCharsets.UTF_8).length;
        }
        long started = System.nanoTime();
        long sentences = segment(paragraphs, english, vietnamese);
        double seconds = (System.nanoTime() - started) / 1e9;

        out.printf(Locale.ROOT, "segmented %.1f MB (%d paragraphs) into %d sentences in %.2f s: %.1f MB/s%n",
                bytes / 1e6, paragraphs.size(), sentences, seconds, bytes / 1e6 / seconds);
        out.flush();
        return 0;
    }

    private static long segment(List<Paragraph> paragraphs, SentenceSegmenter english, SentenceSegmenter vietnamese) {
        long sentences = 0;
        for (Paragraph paragraph : paragraphs) {
            SentenceSegmenter segmenter = paragraph.language() == Language.EN ? english : vietnamese;
            sentences += segmenter.split(paragraph.text()).size();
        }
        return sentences;
    }

    /** Alternating English and Vietnamese paragraphs until at least {@code bytes} of UTF-8. */
    private static List<Paragraph> generate(long bytes) {
        List<Paragraph> paragraphs = new ArrayList<>();
        long size = 0;
        for (int i = 0; size < bytes; i++) {
            boolean englishTurn = i % 2 == 0;
            String[] templates = englishTurn ? ENGLISH : VIETNAMESE;
            String text = templates[(i / 2) % templates.length]
                    .replace("{n}", Integer.toString(2 + i % 97))
                    .replace("{m}", Integer.toString(100 + i % 9_000));
            paragraphs.add(new Paragraph(englishTurn ? Language.EN : Language.VI, text));
            size += text.getBytes(StandardCharsets.UTF_8).length;
        }
        return paragraphs;
    }
}
