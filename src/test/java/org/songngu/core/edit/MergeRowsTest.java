package org.songngu.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.songngu.core.edit.EditFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.RowStatus;

class MergeRowsTest {

    @Test
    void mergeKeepsSentenceOrderAndTheFirstRowsId() throws EditRejectedException {
        Alignment sample = sample();

        EditResult result = performUndoRedo(sample, new MergeRows(R0));

        assertThat(result.alignment()).isEqualTo(new Alignment(ENGLISH, VIETNAMESE, List.of(
                row(0, List.of(en(0), en(1), en(2)), List.of(vi(0), vi(1)), RowStatus.UNCONFIRMED, 0),
                sample.row(2), sample.row(3)), 4));
    }

    @Test
    void lastRowHasNothingToMergeWith() {
        assertRejected(sample(), new MergeRows(R3), "row 4 is the last row: there is no row below to merge with");
    }

    @Test
    void confirmedRowIsNotMerged() {
        assertRejected(sample(), new MergeRows(R1), "row 3 is confirmed: unconfirm it before editing");
        assertRejected(sample(), new MergeRows(R2), "row 3 is confirmed: unconfirm it before editing");
    }

    @Test
    void unknownRowIsRejected() {
        assertRejected(sample(), new MergeRows(UNKNOWN_ROW), "row id 99 is not in the alignment");
    }

    @Test
    void descriptionNamesBothRowsAsTheGridNumbersThem() {
        assertThat(new MergeRows(R1).description(sample())).isEqualTo("Merge rows 2 and 3");
        assertThat(new MergeRows(R1).description()).isEqualTo("Merge rows");
    }
}
