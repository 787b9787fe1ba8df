package org.songngu.core.project;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.Confidence;
import org.songngu.core.align.RowId;
import org.songngu.core.align.RowStatus;
import org.songngu.core.document.Document;
import org.songngu.core.document.Paragraph;
import org.songngu.core.document.ParagraphKind;
import org.songngu.core.document.Sentence;
import org.songngu.core.text.Language;

/**
 * A made-up project of any size, for measuring the workbench at scale: English and Vietnamese
 * sentences of the lengths clinical texts have (about 8 to 40 words), mostly one to one, some rows
 * two to one, one to two or one-sided, a tenth of them confirmed. The same seed gives the same
 * project. The words are nonsense in both languages; only their shape is realistic.
 */
public final class SyntheticProject {

    private static final String[] ENGLISH_WORDS = ("the a of and to in patient blood transfusion unit after before during "
            + "hospital nurse doctor was were is are with for from reaction fever hours minutes dose plasma cells red "
            + "checked given stopped started results sample bag label ward night morning test group compatible "
            + "pressure heart rate temperature monitored recorded reported immediately slowly again second first "
            + "volume litres infusion line vein needle consent family history risk signs symptoms chills rash").split(" ");

    private static final String[] VIETNAMESE_WORDS = ("bệnh nhân truyền máu đơn vị sau trước trong khi bệnh viện y tá "
            + "bác sĩ đã được và của với cho từ phản ứng sốt giờ phút liều huyết tương hồng cầu kiểm tra ngừng bắt đầu "
            + "kết quả mẫu túi nhãn khoa đêm sáng xét nghiệm nhóm tương thích huyết áp nhịp tim nhiệt độ theo dõi ghi "
            + "nhận báo cáo ngay lập tức chậm lại lần thứ hai đầu tiên thể tích lít đường tĩnh mạch kim đồng ý gia đình "
            + "tiền sử nguy cơ dấu hiệu triệu chứng rét run phát ban").split(" ");

    private static final int SENTENCES_PER_PARAGRAPH = 6;

    private SyntheticProject() {
    }

    /** A project of {@code rows} rows made from {@code seed}. */
    public static Project generate(int rows, long seed) {
        if (rows < 0) {
            throw new IllegalArgumentException("a project cannot have " + rows + " rows");
        }
        Random random = new Random(seed);
        Side english = new Side(ENGLISH_WORDS, 1.0);
        Side vietnamese = new Side(VIETNAMESE_WORDS, 1.3);
        List<AlignmentRow> made = new ArrayList<>(rows);
        for (int row = 0; row < rows; row++) {
            int shape = random.nextInt(100);
            int en = shape < 84 ? 1 : shape < 90 ? 2 : shape < 95 ? 1 : shape < 98 ? 1 : 0;
            int vi = shape < 84 ? 1 : shape < 90 ? 1 : shape < 95 ? 2 : shape < 98 ? 0 : 1;
            int words = 8 + random.nextInt(33);
            List<Sentence> englishSentences = english.sentences(en, words, random);
            List<Sentence> vietnameseSentences = vietnamese.sentences(vi, words, random);
            RowStatus status = random.nextInt(10) == 0 ? RowStatus.CONFIRMED : RowStatus.UNCONFIRMED;
            double confidence = en == 1 && vi == 1 ? 0.4 + 0.6 * random.nextDouble() : 0.6 * random.nextDouble();
            made.add(new AlignmentRow(new RowId(row), englishSentences, vietnameseSentences, status,
                    new Confidence(confidence)));
        }
        String name = "synthetic-" + rows;
        Alignment alignment = new Alignment(english.document(name + ".en.txt", Language.EN),
                vietnamese.document(name + ".vi.txt", Language.VI), made, rows);
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        return new Project(name, alignment, now, now, name + ".en.txt", name + ".vi.txt");
    }

    /** One language's text as it grows, with its paragraphs. */
    private static final class Side {

        private final String[] words;
        private final double lengthFactor;
        private final StringBuilder text = new StringBuilder();
        private final List<Paragraph> paragraphs = new ArrayList<>();
        private final List<Sentence> paragraph = new ArrayList<>();

        Side(String[] words, double lengthFactor) {
            this.words = words;
            this.lengthFactor = lengthFactor;
        }

        List<Sentence> sentences(int count, int words, Random random) {
            List<Sentence> made = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                made.add(sentence((int) Math.round(words * lengthFactor / count) + 1, random));
            }
            return made;
        }

        private Sentence sentence(int length, Random random) {
            if (paragraph.size() == SENTENCES_PER_PARAGRAPH) {
                closeParagraph();
                text.append("\n\n");
            } else if (!paragraph.isEmpty()) {
                text.append(' ');
            }
            int start = text.length();
            String first = words[random.nextInt(words.length)];
            text.append(Character.toUpperCase(first.charAt(0))).append(first, 1, first.length());
            for (int i = 1; i < length; i++) {
                text.append(i % 9 == 0 ? ", " : " ").append(words[random.nextInt(words.length)]);
            }
            text.append('.');
            Sentence sentence = new Sentence(text.substring(start), start, text.length());
            paragraph.add(sentence);
            return sentence;
        }

        private void closeParagraph() {
            if (!paragraph.isEmpty()) {
                paragraphs.add(new Paragraph(paragraph.get(0).start(), paragraph.get(paragraph.size() - 1).end(),
                        ParagraphKind.BODY, paragraph));
                paragraph.clear();
            }
        }

        Document document(String name, Language language) {
            closeParagraph();
            return new Document(name, language, text.toString(), paragraphs);
        }
    }
}
