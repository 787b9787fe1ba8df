package org.songngu.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.songngu.core.edit.EditFixtures.*;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.RowStatus;

class SetStatusTest {

    @Test
    void confirmingSetsOnlyTheStatus() throws EditRejectedException {
        Alignment sample = sample();

        EditResult result = performUndoRedo(sample, new SetStatus(Set.of(R0, R2), RowStatus.CONFIRMED));

        assertThat(result.alignment()).isEqualTo(new Alignment(ENGLISH, VIETNAMESE, List.of(
                sample.row(0).withStatus(RowStatus.CONFIRMED), sample.row(1), sample.row(2), sample.row(3)), 4));
    }

    @Test
    void inverseRestoresEachRowsPreviousStatus() throws EditRejectedException {
        EditResult result = performUndoRedo(sample(), new SetStatus(Set.of(R0, R2), RowStatus.CONFIRMED));

        assertThat(result.inverse()).isEqualTo(new SetStatus(Set.of(R0), RowStatus.UNCONFIRMED));
    }

    @Test
    void unconfirmingAConfirmedRowAllowsEditingItAgain() throws EditRejectedException {
        Alignment unconfirmed = performUndoRedo(sample(), new SetStatus(Set.of(R2), RowStatus.UNCONFIRMED)).alignment();

        assertThat(new MergeRows(R2).apply(unconfirmed).alignment().size()).isEqualTo(3);
    }

    @Test
    void noChangeIsRejected() {
        assertRejected(sample(), new SetStatus(Set.of(R2), RowStatus.CONFIRMED), "row 3 is already confirmed");
        assertRejected(sample(), new SetStatus(Set.of(R0, R1), RowStatus.UNCONFIRMED),
                "all 2 rows are already unconfirmed");
    }

    @Test
    void unknownRowIsRejected() {
        assertRejected(sample(), new SetStatus(Set.of(R0, UNKNOWN_ROW), RowStatus.CONFIRMED),
                "row id 99 is not in the alignment");
    }

    @Test
    void emptySetIsAProgrammingError() {
        assertThatThrownBy(() -> new SetStatus(Set.of(), RowStatus.CONFIRMED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a status change needs at least one row");
    }

    @Test
    void descriptionCountsTheRows() {
        assertThat(new SetStatus(Set.of(R2), RowStatus.UNCONFIRMED).description(sample())).isEqualTo("Unconfirm row 3");
        assertThat(new SetStatus(Set.of(R0, R1), RowStatus.CONFIRMED).description(sample())).isEqualTo("Confirm 2 rows");
    }
}
