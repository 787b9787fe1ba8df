package org.songngu.core.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.RowStatus;
import org.songngu.core.glossary.Glossary;
import org.songngu.core.glossary.TermEntry;

class TermCandidatesTest {

    private static final Alignment ROWS = QaFixtures.confirmed(QaFixtures.rows(
            "Retransfusion reduces blood loss.", "Truyền máu ngược giảm mất máu.",
            "The surgeon chose retransfusion.", "Bác sĩ phẫu thuật chọn truyền máu ngược.",
            "Retransfusion is safe for the patient.", "Truyền máu ngược an toàn cho bệnh nhân.",
            "The patient slept well.", "Bệnh nhân ngủ ngon.",
            "The patient woke up at 6.", "Bệnh nhân thức dậy lúc 6 giờ."));

    @Test
    void proposesRecurringPairsScoredByDice() {
        List<TermCandidates.Candidate> candidates = TermCandidates.mine(ROWS, Glossary.empty(), 3);

        assertThat(candidates).containsExactly(
                new TermCandidates.Candidate("patient", "bệnh nhân", 3, 1.0),
                new TermCandidates.Candidate("retransfusion", "truyền máu ngược", 3, 1.0));
    }

    @Test
    void leavesOutPairsTheGlossaryHasAndUnconfirmedRows() {
        Glossary glossary = Glossary.of(List.of(TermEntry.approved("Patients", "bệnh nhân")));
        List<AlignmentRow> rows = new ArrayList<>(ROWS.rows());
        rows.set(0, rows.get(0).withStatus(RowStatus.UNCONFIRMED));

        assertThat(TermCandidates.mine(ROWS.withRows(rows, ROWS.nextId()), glossary, 3)).isEmpty();
        assertThat(TermCandidates.mine(ROWS.withRows(rows, ROWS.nextId()), glossary, 2))
                .containsExactly(new TermCandidates.Candidate("retransfusion", "truyền máu ngược", 2, 1.0));
    }

    @Test
    void theMinimumMustBePositive() {
        assertThatThrownBy(() -> TermCandidates.mine(ROWS, Glossary.empty(), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a candidate must occur in at least 1 row, not 0");
    }
}
