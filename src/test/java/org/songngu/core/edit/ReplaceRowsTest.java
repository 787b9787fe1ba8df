package org.songngu.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.songngu.core.edit.EditFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.RowStatus;

class ReplaceRowsTest {

    @Test
    void rangeIsReplacedAndTheNextIdRaisedAboveNewRows() throws EditRejectedException {
        Alignment sample = sample();
        AlignmentRow realigned = row(6, List.of(en(0), en(1), en(2)), List.of(vi(0), vi(1)), RowStatus.UNCONFIRMED, 0.95);

        EditResult result = performUndoRedo(sample, ReplaceRows.range(sample, 0, 1, List.of(realigned)));

        assertThat(result.alignment()).isEqualTo(new Alignment(ENGLISH, VIETNAMESE,
                List.of(realigned, sample.row(2), sample.row(3)), 7));
        assertThat(result.inverse()).isEqualTo(new ReplaceRows(RowPosition.top(), List.of(realigned.id()),
                sample.rows().subList(0, 2), 4));
    }

    @Test
    void confirmedRowsAreTheCallersResponsibility() throws EditRejectedException {
        Alignment sample = sample();
        AlignmentRow replacement = sample.row(2).withStatus(RowStatus.UNCONFIRMED);

        EditResult result = performUndoRedo(sample, ReplaceRows.range(sample, 2, 2, List.of(replacement)));

        assertThat(result.alignment()).isEqualTo(new Alignment(ENGLISH, VIETNAMESE,
                List.of(sample.row(0), sample.row(1), replacement, sample.row(3)), 4));
    }

    @Test
    void rowsCanBeOnlyInserted() throws EditRejectedException {
        Alignment sample = sample();
        AlignmentRow empty = row(4, List.of(), List.of(), RowStatus.UNCONFIRMED, 0);

        EditResult result = performUndoRedo(sample, ReplaceRows.range(sample, 4, 3, List.of(empty)));

        assertThat(result.alignment()).isEqualTo(new Alignment(ENGLISH, VIETNAMESE,
                List.of(sample.row(0), sample.row(1), sample.row(2), sample.row(3), empty), 5));
    }

    @Test
    void rowsThatAreNotContiguousAreRejected() {
        assertRejected(sample(), new ReplaceRows(RowPosition.top(), List.of(R0, R2), List.of(), 4),
                "row 3 is not where the replacement expects it: the rows to replace must be contiguous from row 1");
    }

    @Test
    void idThatStaysElsewhereIsRejected() {
        Alignment sample = sample();
        assertRejected(sample, new ReplaceRows(RowPosition.top(), List.of(R0), List.of(sample.row(2)), 4),
                "row id 2 would occur twice");
    }

    @Test
    void nextIdMustStayAboveEveryId() {
        assertRejected(sample(), new ReplaceRows(RowPosition.top(), List.of(R0),
                List.of(row(9, List.of(en(0)), List.of(vi(0)), RowStatus.UNCONFIRMED, 0)), 4),
                "row id 9 is not below the next id 4");
    }

    @Test
    void descriptionNamesTheRange() {
        Alignment sample = sample();
        assertThat(ReplaceRows.range(sample, 1, 3, List.of()).description(sample)).isEqualTo("Replace rows 2–4");
        assertThat(ReplaceRows.range(sample, 1, 1, List.of()).description(sample)).isEqualTo("Replace row 2");
    }
}
