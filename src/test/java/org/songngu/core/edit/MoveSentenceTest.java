package org.songngu.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.songngu.core.edit.EditFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.RowStatus;
import org.songngu.core.edit.MoveSentence.Direction;

class MoveSentenceTest {

    @Test
    void moveUpAppendsTheFirstSentenceToTheRowAbove() throws EditRejectedException {
        Alignment sample = sample();

        EditResult result = performUndoRedo(sample, new MoveSentence(R1, Side.ENGLISH, Direction.UP));

        assertThat(result.alignment()).isEqualTo(new Alignment(ENGLISH, VIETNAMESE, List.of(
                row(0, List.of(en(0), en(1)), List.of(vi(0)), RowStatus.UNCONFIRMED, 0),
                row(1, List.of(en(2)), List.of(vi(1)), RowStatus.UNCONFIRMED, 0),
                sample.row(2), sample.row(3)), 4));
    }

    @Test
    void moveDownPrependsTheLastSentenceToTheRowBelowAndMayLeaveASideEmpty() throws EditRejectedException {
        Alignment sample = sample();

        EditResult result = performUndoRedo(sample, new MoveSentence(R0, Side.VIETNAMESE, Direction.DOWN));

        assertThat(result.alignment()).isEqualTo(new Alignment(ENGLISH, VIETNAMESE, List.of(
                row(0, List.of(en(0)), List.of(), RowStatus.UNCONFIRMED, 0),
                row(1, List.of(en(1), en(2)), List.of(vi(0), vi(1)), RowStatus.UNCONFIRMED, 0),
                sample.row(2), sample.row(3)), 4));
    }

    @Test
    void firstRowCannotMoveUpAndLastRowCannotMoveDown() {
        assertRejected(sample(), new MoveSentence(R0, Side.ENGLISH, Direction.UP),
                "row 1 is the first row: there is no row above to move a sentence into");
        assertRejected(sample(), new MoveSentence(R3, Side.ENGLISH, Direction.DOWN),
                "row 4 is the last row: there is no row below to move a sentence into");
    }

    @Test
    void emptySideHasNothingToMove() {
        assertRejected(sample(), new MoveSentence(R3, Side.VIETNAMESE, Direction.UP),
                "the Vietnamese side of row 4 is empty: there is no sentence to move");
    }

    @Test
    void confirmedRowOnEitherEndIsRejected() {
        assertRejected(sample(), new MoveSentence(R1, Side.ENGLISH, Direction.DOWN),
                "row 3 is confirmed: unconfirm it before editing");
        assertRejected(sample(), new MoveSentence(R3, Side.ENGLISH, Direction.UP),
                "row 3 is confirmed: unconfirm it before editing");
    }

    @Test
    void descriptionNamesSideDirectionAndRow() {
        assertThat(new MoveSentence(R1, Side.ENGLISH, Direction.UP).description(sample()))
                .isEqualTo("Move English sentence up from row 2");
    }
}
