package org.songngu.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.songngu.core.edit.EditFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.RowStatus;

class InsertEmptyRowTest {

    @Test
    void emptyRowGoesBelowTheGivenRowWithTheNextId() throws EditRejectedException {
        Alignment sample = sample();

        EditResult result = performUndoRedo(sample, new InsertEmptyRow(RowPosition.after(R1)));

        assertThat(result.alignment()).isEqualTo(new Alignment(ENGLISH, VIETNAMESE, List.of(
                sample.row(0), sample.row(1),
                row(4, List.of(), List.of(), RowStatus.UNCONFIRMED, 0),
                sample.row(2), sample.row(3)), 5));
    }

    @Test
    void emptyRowCanGoAtTheTop() throws EditRejectedException {
        Alignment sample = sample();

        EditResult result = performUndoRedo(sample, new InsertEmptyRow(RowPosition.top()));

        assertThat(result.alignment()).isEqualTo(new Alignment(ENGLISH, VIETNAMESE, List.of(
                row(4, List.of(), List.of(), RowStatus.UNCONFIRMED, 0),
                sample.row(0), sample.row(1), sample.row(2), sample.row(3)), 5));
    }

    @Test
    void insertNextToAConfirmedRowIsAllowed() throws EditRejectedException {
        assertThat(performUndoRedo(sample(), new InsertEmptyRow(RowPosition.after(R2))).alignment().row(3).id())
                .isEqualTo(new org.songngu.core.align.RowId(4));
    }

    @Test
    void unknownAnchorIsRejected() {
        assertRejected(sample(), new InsertEmptyRow(RowPosition.after(UNKNOWN_ROW)), "row id 99 is not in the alignment");
    }

    @Test
    void descriptionNamesThePlace() {
        assertThat(new InsertEmptyRow(RowPosition.after(R1)).description(sample()))
                .isEqualTo("Insert empty row after row 2");
        assertThat(new InsertEmptyRow(RowPosition.top()).description(sample())).isEqualTo("Insert empty row at the top");
    }
}
