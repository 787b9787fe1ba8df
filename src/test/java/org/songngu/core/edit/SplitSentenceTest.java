package org.songngu.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.songngu.core.edit.EditFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.RowStatus;
import org.songngu.core.document.Sentence;

class SplitSentenceTest {

    @Test
    void piecesTakeTheirOffsetsFromTheOriginalAndDropTheSpaceAtTheCut() throws EditRejectedException {
        Alignment sample = sample();
        Sentence beta = en(1);
        assertThat(beta.text()).isEqualTo("Beta two.");

        EditResult result = performUndoRedo(sample, new SplitSentence(R1, Side.ENGLISH, 0, 4));

        assertThat(result.alignment()).isEqualTo(new Alignment(ENGLISH, VIETNAMESE, List.of(
                sample.row(0),
                row(1, List.of(new Sentence("Beta", beta.start(), beta.start() + 4),
                        new Sentence("two.", beta.start() + 5, beta.end()), en(2)),
                        List.of(vi(1)), RowStatus.UNCONFIRMED, 0),
                sample.row(2), sample.row(3)), 4));
    }

    @Test
    void missingSentenceIsRejected() {
        assertRejected(sample(), new SplitSentence(R0, Side.ENGLISH, 2, 1),
                "row 1 has 1 English sentence: there is no sentence 3");
        assertRejected(sample(), new SplitSentence(R3, Side.VIETNAMESE, 0, 1),
                "row 4 has 0 Vietnamese sentences: there is no sentence 1");
    }

    @Test
    void cutThatLeavesABlankPieceIsRejected() {
        assertRejected(sample(), new SplitSentence(R1, Side.ENGLISH, 0, 0),
                "splitting English sentence 1 of row 2 at offset 0 would leave a blank piece");
        assertRejected(sample(), new SplitSentence(R1, Side.ENGLISH, 0, 9),
                "splitting English sentence 1 of row 2 at offset 9 would leave a blank piece");
    }

    @Test
    void cutOutsideTheTextIsRejected() {
        assertRejected(sample(), new SplitSentence(R1, Side.ENGLISH, 0, 20),
                "English sentence 1 of row 2 has 9 characters: offset 20 is outside it");
    }

    @Test
    void confirmedRowIsNotChanged() {
        assertRejected(sample(), new SplitSentence(R2, Side.VIETNAMESE, 0, 3),
                "row 3 is confirmed: unconfirm it before editing");
    }

    @Test
    void descriptionNamesSentenceAndRow() {
        assertThat(new SplitSentence(R1, Side.ENGLISH, 1, 4).description(sample()))
                .isEqualTo("Split English sentence 2 of row 2");
    }
}
