package org.songngu.core.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.songngu.core.task.Cancellation;
import org.songngu.core.task.ProgressListener;

class AlignerTest {

    private static final List<String> ENGLISH = List.of(
            "The patient arrived at the hospital on Monday morning.",
            "The doctor tested his blood for viruses and bacteria.",
            "The results came back after two hours.",
            "He needed 500 ml of blood from a donor.",
            "The nurse monitored his heart rate during the night.",
            "On Tuesday he felt much better and ate breakfast.",
            "His family visited him in the afternoon.",
            "He went home a week later.");

    private static final List<String> VIETNAMESE = List.of(
            "Bệnh nhân đến bệnh viện vào sáng thứ hai.",
            "Bác sĩ xét nghiệm máu của anh ấy để tìm virus và vi khuẩn.",
            "Kết quả có sau hai giờ.",
            "Anh ấy cần 500 ml máu từ người hiến.",
            "Y tá theo dõi nhịp tim của anh ấy suốt đêm.",
            "Sang thứ ba anh ấy thấy khỏe hơn nhiều và ăn sáng.",
            "Gia đình đến thăm anh ấy vào buổi chiều.",
            "Một tuần sau anh ấy về nhà.");

    private final Aligner aligner = new Aligner(Lexicon.builtIn());

    @Test
    void parallelTextAlignsOneToOne() {
        List<Bead> beads = align(side(ENGLISH), side(VIETNAMESE));

        assertThat(beads).extracting(AlignerTest::shape).containsExactly(
                "[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3]", "[4]:[4]", "[5]:[5]", "[6]:[6]", "[7]:[7]");
        assertThat(beads).allSatisfy(bead -> assertThat(bead.confidence()).isBetween(0.5, 1.0));
    }

    @Test
    void sentenceWithoutCounterpartIsLeftUnaligned() {
        List<String> vietnamese = new ArrayList<>(VIETNAMESE);
        vietnamese.add(3, "Những câu chuyện cổ tích về rồng được kể lại qua nhiều thế hệ ở làng quê.");

        List<Bead> beads = align(side(ENGLISH), side(vietnamese));

        assertThat(beads).extracting(AlignerTest::shape).containsExactly(
                "[0]:[0]", "[1]:[1]", "[2]:[2]", "[]:[3]", "[3]:[4]", "[4]:[5]", "[5]:[6]", "[6]:[7]", "[7]:[8]");
    }

    @Test
    void twoEnglishSentencesTranslatedAsOneFormOneRow() {
        List<String> vietnamese = new ArrayList<>(VIETNAMESE);
        vietnamese.set(5, "Sang thứ ba anh ấy thấy khỏe hơn nhiều và ăn sáng, rồi buổi chiều gia đình đến thăm anh ấy.");
        vietnamese.remove(6);

        List<Bead> beads = align(side(ENGLISH), side(vietnamese));

        assertThat(beads).extracting(AlignerTest::shape).contains("[5, 6]:[5]", "[7]:[6]");
    }

    @Test
    void twoSentencesThatSwappedPlacesFormOneRow() {
        List<String> vietnamese = new ArrayList<>(VIETNAMESE);
        vietnamese.set(1, VIETNAMESE.get(2));
        vietnamese.set(2, VIETNAMESE.get(1));

        List<Bead> beads = align(side(ENGLISH), side(vietnamese));

        assertThat(beads).extracting(AlignerTest::shape).contains("[0]:[0]", "[1, 2]:[1, 2]", "[3]:[3]");
    }

    @Test
    void wordsMovedAcrossASentenceBoundaryJoinBothRows() {
        List<String> vietnamese = new ArrayList<>(VIETNAMESE);
        vietnamese.set(4, "Y tá theo dõi anh ấy.");
        vietnamese.set(5, "Nhịp tim của anh ấy ổn định suốt đêm, và sang thứ ba anh ấy thấy khỏe hơn nhiều và ăn sáng.");

        List<Bead> beads = align(side(ENGLISH), side(vietnamese));

        assertThat(beads).extracting(AlignerTest::shape).contains("[3]:[3]", "[4, 5]:[4, 5]", "[6]:[6]");
    }

    @Test
    void aHeadingOnOneSideOnlyStandsAloneInsteadOfJoiningTheSentenceAfterIt() {
        // The Vietnamese sentence leaves out the donor, which its new heading names.
        List<String> shortened = new ArrayList<>(VIETNAMESE);
        shortened.set(3, "Anh ấy cần 500 ml máu.");
        List<List<String>> english = List.of(List.of("Monday at the Hospital"), ENGLISH.subList(0, 3),
                ENGLISH.subList(3, 5), ENGLISH.subList(5, 8));
        List<List<String>> vietnamese = List.of(List.of("Thứ Hai ở Bệnh Viện"), shortened.subList(0, 3),
                List.of("Người Hiến Máu"), shortened.subList(3, 5), shortened.subList(5, 8));

        List<Bead> beads = align(paragraphs(english), paragraphs(vietnamese));

        assertThat(beads).extracting(AlignerTest::shape).contains("[0]:[0]", "[3]:[3]", "[]:[4]", "[4]:[5]");
    }

    @Test
    void transliteratedNamesTellWhichOfLikeSentencesTheTranslationLeftOut() {
        // A genealogy: every sentence reads "X begat Y", so only the names can tell them apart.
        String[][] names = {
            {"Abiram", "A-bi-ram"}, {"Kelnath", "Kên-nát"}, {"Oremiah", "Ô-rê-mia"}, {"Jaserah", "Gia-sê-ra"},
            {"Meltibad", "Mên-ti-bát"}, {"Hodaviel", "Hô-đa-vi-ên"}, {"Zimrath", "Xim-rát"}, {"Bethuel", "Bê-tu-ên"},
            {"Nadabiel", "Na-đa-bi-ên"}, {"Sheruth", "Sê-rút"}, {"Ammiron", "Am-mi-rôn"}};
        List<String> english = new ArrayList<>();
        List<String> vietnamese = new ArrayList<>();
        for (int k = 0; k + 1 < names.length; k++) {
            english.add("And " + names[k][0] + " begat " + names[k + 1][0] + ".");
            if (k != 6) {
                vietnamese.add(names[k][1] + " sanh " + names[k + 1][1] + ".");
            }
        }

        List<Bead> beads = align(side(english), side(vietnamese));

        assertThat(beads).extracting(AlignerTest::shape).contains("[5]:[5]", "[6]:[]", "[7]:[6]");
    }

    @Test
    void anchorsAreKeptAndOnlyTheRestIsAligned() {
        Bead anchor = new Bead(2, 1, 3, 1, 1.0);

        List<Bead> beads = aligner.align(side(ENGLISH), side(VIETNAMESE), List.of(anchor), ProgressListener.NONE,
                Cancellation.NEVER);

        assertThat(beads).contains(anchor);
        assertThat(beads).extracting(AlignerTest::shape).contains("[0]:[0]", "[1]:[1]", "[4]:[4]");
        assertCoversEverySentenceOnce(beads, ENGLISH.size(), VIETNAMESE.size());
    }

    @Test
    void overlappingAnchorsAreRefused() {
        List<Bead> anchors = List.of(new Bead(2, 1, 2, 1, 1), new Bead(2, 1, 3, 1, 1));

        assertThatThrownBy(() -> aligner.align(side(ENGLISH), side(VIETNAMESE), anchors, ProgressListener.NONE,
                Cancellation.NEVER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("anchor [2+1]:[3+1] overlaps another anchor or lies outside the documents");
    }

    @Test
    void emptySideLeavesEverySentenceUnaligned() {
        List<Bead> beads = align(side(ENGLISH.subList(0, 2)), side(List.of()));

        assertThat(beads).extracting(AlignerTest::shape).containsExactly("[0]:[]", "[1]:[]");
    }

    @Test
    void cancellationStopsTheSearch() {
        assertThatThrownBy(() -> aligner.align(side(ENGLISH), side(VIETNAMESE), ProgressListener.NONE, () -> true))
                .isInstanceOf(CancellationException.class);
    }

    private List<Bead> align(SentenceSide english, SentenceSide vietnamese) {
        List<Bead> beads = aligner.align(english, vietnamese, ProgressListener.NONE, Cancellation.NEVER);
        assertCoversEverySentenceOnce(beads, english.size(), vietnamese.size());
        return beads;
    }

    private static void assertCoversEverySentenceOnce(List<Bead> beads, int english, int vietnamese) {
        int en = 0;
        int vi = 0;
        for (Bead bead : beads) {
            assertThat(bead.enStart()).isEqualTo(en);
            assertThat(bead.viStart()).isEqualTo(vi);
            en = bead.enEnd();
            vi = bead.viEnd();
        }
        assertThat(en).isEqualTo(english);
        assertThat(vi).isEqualTo(vietnamese);
    }

    /** One paragraph. */
    static SentenceSide side(List<String> sentences) {
        return paragraphs(List.of(sentences));
    }

    private static SentenceSide paragraphs(List<List<String>> paragraphs) {
        List<String> sentences = new ArrayList<>();
        List<Boolean> starts = new ArrayList<>();
        for (List<String> paragraph : paragraphs) {
            for (int i = 0; i < paragraph.size(); i++) {
                sentences.add(paragraph.get(i));
                starts.add(i == 0);
            }
        }
        return new SentenceSide(sentences, starts);
    }

    static String shape(Bead bead) {
        return "[" + range(bead.enStart(), bead.enCount()) + "]:[" + range(bead.viStart(), bead.viCount()) + "]";
    }

    private static String range(int start, int count) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < count; k++) {
            out.append(k > 0 ? ", " : "").append(start + k);
        }
        return out.toString();
    }
}
