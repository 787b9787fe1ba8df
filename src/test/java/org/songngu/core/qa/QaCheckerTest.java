package org.songngu.core.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.songngu.core.align.Alignment;
import org.songngu.core.glossary.Glossary;
import org.songngu.core.glossary.TermEntry;

class QaCheckerTest {

    private static final Glossary GLOSSARY = Glossary.of(List.of(
            TermEntry.approved("retransfusion", "truyền máu ngược"),
            TermEntry.forbidden("retransfusion", "tái truyền máu"),
            TermEntry.forbidden("retransfusion", "truyền máu lại"),
            TermEntry.approved("patient", "bệnh nhân"),
            TermEntry.approved("patient", "người bệnh"),
            TermEntry.approved("blood", "máu")));

    private final QaChecker checker = new QaChecker(GLOSSARY);

    @Test
    void aTermWithItsApprovedRenderingIsNoFinding() {
        assertThat(checker.check(QaFixtures.rows(
                "Retransfusion saved the patients.", "Truyền máu ngược đã cứu các bệnh nhân.",
                "The patient slept.", "Người bệnh ngủ.")))
                .isEmpty();
    }

    @Test
    void aTermWithoutAnyApprovedRenderingIsMissing() {
        assertThat(checker.check(QaFixtures.rows("Two patients and their blood.", "Hai người và máu của họ.")))
                .containsExactly(new QaFinding(1, QaCheck.MISSING_TERM,
                        "'patient' without any of its approved renderings 'bệnh nhân' or 'người bệnh'"));
    }

    @Test
    void aForbiddenRenderingIsNamedWithTheApprovedOne() {
        List<QaFinding> findings = checker.check(QaFixtures.rows(
                "Retransfusion is safe.", "Tái truyền máu an toàn.",
                "Retransfusion again.", "Truyền máu ngược, tức truyền máu lại."));

        assertThat(findings).containsExactly(
                new QaFinding(1, QaCheck.MISSING_TERM, "'retransfusion' without its approved rendering 'truyền máu ngược'"),
                new QaFinding(1, QaCheck.FORBIDDEN_TERM,
                        "'tái truyền máu' is forbidden for 'retransfusion'; use 'truyền máu ngược'"),
                new QaFinding(2, QaCheck.FORBIDDEN_TERM,
                        "'truyền máu lại' is forbidden for 'retransfusion'; use 'truyền máu ngược'"));
        assertThat(findings.get(1).line())
                .isEqualTo("row 1: forbidden term: 'tái truyền máu' is forbidden for 'retransfusion'; use 'truyền máu ngược'");
    }

    @Test
    void aForbiddenRenderingWithoutItsEnglishTermIsNoFinding() {
        assertThat(checker.check(QaFixtures.rows("The blood was given back.", "Máu được tái truyền máu."))).isEmpty();
    }

    @Test
    void numbersAreComparedByValueAcrossConventions() {
        assertThat(checker.check(QaFixtures.rows(
                "Give 1.5 mg to 1,000 people.", "Cho 1.000 người dùng 1,5 mg.",
                "Wait 3 days, then 3 more.", "Chờ 3 ngày, rồi thêm 4.",
                "On 15/01/2024 at 7:30.", "Ngày 15/01/2024 lúc 7:30.")))
                .containsExactly(new QaFinding(2, QaCheck.NUMBERS, "only in the English: 3; only in the Vietnamese: 4"));
    }

    @Test
    void aNumberMissingOnOneSideIsNamed() {
        assertThat(checker.check(QaFixtures.rows("It cost 2,500 dong.", "Nó có giá hai nghìn rưởi đồng.")))
                .containsExactly(new QaFinding(1, QaCheck.NUMBERS, "only in the English: 2,500"));
    }

    @Test
    void rowsWithAnEmptySideAreNotChecked() {
        assertThat(checker.check(QaFixtures.rows("Retransfusion of 5 units.", "", "", "Tái truyền máu 7 đơn vị."))).isEmpty();
    }

    @Test
    void aRowFarLongerThanTheDocumentsUsualRatioIsFlagged() {
        List<String> pairs = new ArrayList<>();
        String[][] ordinary = {
            {"The river is wide today.", "Hôm nay dòng sông rộng."},
            {"We walked to the old market.", "Chúng tôi đi bộ tới chợ cũ."},
            {"The children were singing loudly.", "Bọn trẻ đang hát rất to."},
            {"My mother cooked rice for us.", "Mẹ tôi nấu cơm cho chúng tôi."},
            {"It rained all night long.", "Trời mưa suốt cả đêm dài."},
            {"The bus arrived very late.", "Xe buýt đến rất muộn."},
            {"He reads a book every evening.", "Anh ấy đọc sách mỗi buổi tối."},
            {"The shop closes at noon.", "Cửa hàng đóng cửa lúc trưa."},
            {"Our teacher speaks slowly.", "Cô giáo chúng tôi nói chậm."},
        };
        for (String[] pair : ordinary) {
            pairs.add(pair[0]);
            pairs.add(pair[1]);
        }
        pairs.add("Yes, indeed.");
        pairs.add("Vâng, đúng vậy, và sau đó chúng tôi đã cùng nhau đi dọc bờ sông cho tới khi trời tối hẳn.");
        Alignment alignment = QaFixtures.rows(pairs.toArray(String[]::new));

        assertThat(checker.check(alignment)).containsExactly(new QaFinding(10, QaCheck.LENGTH_RATIO,
                "the Vietnamese is 7.4 times as long as the English; this document's rows are usually 0.7 to 1.3"));
    }

    @Test
    void aFewRowsGiveNoLengthRange() {
        assertThat(LengthRange.of(QaFixtures.rows("Yes.", "Vâng, đúng vậy, chúng tôi đã đi dọc bờ sông tới tối.")))
                .isEmpty();
    }
}
