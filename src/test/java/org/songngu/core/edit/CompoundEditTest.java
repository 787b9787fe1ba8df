package org.songngu.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.songngu.core.edit.EditFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.RowStatus;

class CompoundEditTest {

    @Test
    void partsApplyInOrderAsOneStep() throws EditRejectedException {
        Alignment sample = sample();
        CompoundEdit regroup = new CompoundEdit("Regroup rows 1 and 2",
                List.of(new MergeRows(R0), new SplitRow(R0, 2, 1)));

        EditResult result = performUndoRedo(sample, regroup);

        assertThat(result.alignment()).isEqualTo(new Alignment(ENGLISH, VIETNAMESE, List.of(
                row(0, List.of(en(0), en(1)), List.of(vi(0)), RowStatus.UNCONFIRMED, 0),
                row(4, List.of(en(2)), List.of(vi(1)), RowStatus.UNCONFIRMED, 0),
                sample.row(2), sample.row(3)), 5));
        assertThat(regroup.description(sample)).isEqualTo("Regroup rows 1 and 2");
    }

    @Test
    void oneRejectedPartRejectsTheWholeAndChangesNothing() {
        assertRejected(sample(), new CompoundEdit("Tidy", List.of(new MergeRows(R0), new MergeRows(R0))),
                "row 2 is confirmed: unconfirm it before editing");
    }

    @Test
    void emptyCompoundIsAProgrammingError() {
        assertThatThrownBy(() -> new CompoundEdit("Nothing", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a compound edit needs at least one edit");
    }
}
