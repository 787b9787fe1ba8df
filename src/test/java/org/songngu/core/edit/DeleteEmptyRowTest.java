package org.songngu.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.songngu.core.edit.EditFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.RowId;
import org.songngu.core.align.RowStatus;

class DeleteEmptyRowTest {

    private static Alignment withEmptyRow(RowStatus status) {
        Alignment sample = sample();
        return new Alignment(ENGLISH, VIETNAMESE, List.of(sample.row(0),
                row(7, List.of(), List.of(), status, 0), sample.row(1), sample.row(2), sample.row(3)), 8);
    }

    @Test
    void emptyRowIsDeletedAndTheNextIdKept() throws EditRejectedException {
        Alignment sample = sample();

        EditResult result = performUndoRedo(withEmptyRow(RowStatus.UNCONFIRMED), new DeleteEmptyRow(new RowId(7)));

        assertThat(result.alignment()).isEqualTo(sample.withRows(sample.rows(), 8));
    }

    @Test
    void rowWithSentencesIsNotDeleted() {
        assertRejected(sample(), new DeleteEmptyRow(R3),
                "row 4 is not empty: only a row with both sides empty can be deleted");
    }

    @Test
    void confirmedEmptyRowIsNotDeleted() {
        assertRejected(withEmptyRow(RowStatus.CONFIRMED), new DeleteEmptyRow(new RowId(7)),
                "row 2 is confirmed: unconfirm it before editing");
    }

    @Test
    void unknownRowIsRejected() {
        assertRejected(sample(), new DeleteEmptyRow(UNKNOWN_ROW), "row id 99 is not in the alignment");
    }

    @Test
    void descriptionNamesTheRow() {
        assertThat(new DeleteEmptyRow(new RowId(7)).description(withEmptyRow(RowStatus.UNCONFIRMED)))
                .isEqualTo("Delete empty row 2");
    }
}
