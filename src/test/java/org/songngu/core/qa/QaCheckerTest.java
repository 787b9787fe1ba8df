package org.songngu.core.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        List<QaFinding> findings = checker.check(QaFixtures.rows("Two patients and their blood.", "Hai người và máu của họ."));

        assertThat(findings).containsExactly(new QaFinding.MissingTerm(1, "patient", List.of("bệnh nhân", "người bệnh")));
        assertThat(findings.get(0).check()).isEqualTo(QaCheck.MISSING_TERM);
        assertThat(findings.get(0).detail())
                .isEqualTo("'patient' without any of its approved renderings 'bệnh nhân' or 'người bệnh'");
    }

    @Test
    void aForbiddenRenderingIsNamedWithTheApprovedOne() {
        List<QaFinding> findings = checker.check(QaFixtures.rows(
                "Retransfusion is safe.", "Tái truyền máu an toàn.",
                "Retransfusion again.", "Truyền máu ngược, tức truyền máu lại."));

        assertThat(findings).containsExactly(
                new QaFinding.MissingTerm(1, "retransfusion", List.of("truyền máu ngược")),
                new QaFinding.ForbiddenTerm(1, "retransfusion", "tái truyền máu", List.of("truyền máu ngược")),
                new QaFinding.ForbiddenTerm(2, "retransfusion", "truyền máu lại", List.of("truyền máu ngược")));
        assertThat(findings.stream().map(QaFinding::check))
                .containsExactly(QaCheck.MISSING_TERM, QaCheck.FORBIDDEN_TERM, QaCheck.FORBIDDEN_TERM);
        assertThat(findings.get(0).detail()).isEqualTo("'retransfusion' without its approved rendering 'truyền máu ngược'");
        assertThat(findings.get(2).detail())
                .isEqualTo("'truyền máu lại' is forbidden for 'retransfusion'; use 'truyền máu ngược'");
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
                .containsExactly(new QaFinding.NumbersDiffer(2, List.of("3"), List.of("4")));
    }

    @Test
    void numbersThatDifferAreNamedSideBySideInEnglish() {
        assertThat(new QaFinding.NumbersDiffer(2, List.of("3"), List.of("4")).line())
                .isEqualTo("row 2: numbers: only in the English: 3; only in the Vietnamese: 4");
        assertThat(new QaFinding.NumbersDiffer(7, List.of(), List.of("1,5", "9")).detail())
                .isEqualTo("only in the Vietnamese: 1,5, 9");
    }

    @Test
    void aNumberMissingOnOneSideIsNamed() {
        List<QaFinding> findings = checker.check(QaFixtures.rows("It cost 2,500 dong.", "Nó có giá hai nghìn rưởi đồng."));

        assertThat(findings).containsExactly(new QaFinding.NumbersDiffer(1, List.of("2,500"), List.of()));
        assertThat(findings.get(0).detail()).isEqualTo("only in the English: 2,500");
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
        LengthRange range = LengthRange.of(alignment).orElseThrow();

        List<QaFinding> findings = checker.check(alignment);

        assertThat(findings).containsExactly(new QaFinding.LengthRatio(10,
                (double) pairs.get(19).length() / pairs.get(18).length(), range.low(), range.high()));
        assertThat(findings.get(0).detail()).isEqualTo(
                "the Vietnamese is 7.4 times as long as the English; this document's rows are usually 0.7 to 1.3");
    }

    @Test
    void findingsRefuseFactsThatCannotBeTrue() {
        assertThatThrownBy(() -> new QaFinding.MissingTerm(0, "blood", List.of("máu")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("row numbers start at 1, not 0");
        assertThatThrownBy(() -> new QaFinding.MissingTerm(1, "blood", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a term without approved renderings cannot miss one");
        assertThatThrownBy(() -> new QaFinding.NumbersDiffer(1, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("numbers differ only when one side has a number the other lacks");
        assertThatThrownBy(() -> new QaFinding.LengthRatio(1, 2.0, 1.3, 0.7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the usual range runs from low to high, not 1.3 to 0.7");
    }

    @Test
    void aForbiddenRenderingWithoutAnApprovedOneGivesNoAdvice() {
        assertThat(new QaFinding.ForbiddenTerm(4, "transfusion", "truyền", List.of()).detail())
                .isEqualTo("'truyền' is forbidden for 'transfusion'");
    }

    @Test
    void aFewRowsGiveNoLengthRange() {
        assertThat(LengthRange.of(QaFixtures.rows("Yes.", "Vâng, đúng vậy, chúng tôi đã đi dọc bờ sông tới tối.")))
                .isEmpty();
    }
}
