package org.songngu.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.songngu.core.edit.EditFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.RowStatus;

class SplitRowTest {

    @Test
    void restOfTheRowGoesToANewRowBelowWithTheNextId() throws EditRejectedException {
        Alignment sample = sample();

        EditResult result = performUndoRedo(sample, new SplitRow(R1, 1, 1));

        assertThat(result.alignment()).isEqualTo(new Alignment(ENGLISH, VIETNAMESE, List.of(
                sample.row(0),
                row(1, List.of(en(1)), List.of(vi(1)), RowStatus.UNCONFIRMED, 0),
                row(4, List.of(en(2)), List.of(), RowStatus.UNCONFIRMED, 0),
                sample.row(2), sample.row(3)), 5));
    }

    @Test
    void splitBeyondASideIsRejected() {
        assertRejected(sample(), new SplitRow(R1, 3, 0), "row 2 has 2 English sentences: it cannot be split after 3");
        assertRejected(sample(), new SplitRow(R0, 1, 2), "row 1 has 1 Vietnamese sentence: it cannot be split after 2");
    }

    @Test
    void splitThatLeavesAnEmptyRowIsRejected() {
        assertRejected(sample(), new SplitRow(R1, 0, 0),
                "splitting row 2 after 0 English and 0 Vietnamese sentences would leave an empty row");
        assertRejected(sample(), new SplitRow(R1, 2, 1),
                "splitting row 2 after 2 English and 1 Vietnamese sentences would leave an empty row");
    }

    @Test
    void confirmedRowIsNotSplit() {
        assertRejected(sample(), new SplitRow(R2, 1, 1), "row 3 is confirmed: unconfirm it before editing");
    }

    @Test
    void negativeCountIsAProgrammingError() {
        assertThatThrownBy(() -> new SplitRow(R1, -1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a row is split after a count of sentences, never a negative one: -1 English, 0 Vietnamese");
    }

    @Test
    void descriptionNamesTheRow() {
        assertThat(new SplitRow(R1, 1, 1).description(sample())).isEqualTo("Split row 2");
    }
}
