package org.songngu.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.songngu.core.edit.EditFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.RowStatus;
import org.songngu.core.document.Sentence;

class EditSentenceTextTest {

    @Test
    void newTextKeepsTheOffsetsStatusAndConfidence() throws EditRejectedException {
        Alignment sample = sample();

        EditResult result = performUndoRedo(sample, new EditSentenceText(R1, Side.ENGLISH, 1, "Gamma 3."));

        assertThat(result.alignment()).isEqualTo(new Alignment(ENGLISH, VIETNAMESE, List.of(
                sample.row(0),
                row(1, List.of(en(1), new Sentence("Gamma 3.", en(2).start(), en(2).end())), List.of(vi(1)),
                        RowStatus.UNCONFIRMED, 0.8),
                sample.row(2), sample.row(3)), 4));
    }

    @Test
    void typoInAConfirmedRowCanBeFixed() throws EditRejectedException {
        Alignment sample = sample();

        EditResult result = performUndoRedo(sample, new EditSentenceText(R2, Side.VIETNAMESE, 1, "Câu bốn!"));

        assertThat(result.alignment().row(2)).isEqualTo(row(2, List.of(en(3)),
                List.of(vi(2), new Sentence("Câu bốn!", vi(3).start(), vi(3).end())), RowStatus.CONFIRMED, 0.7));
    }

    @Test
    void newTextIsNormalizedLikeDocumentText() throws EditRejectedException {
        EditResult result = new EditSentenceText(R0, Side.VIETNAMESE, 0, "Câu me\u0302\u0300t.").apply(sample());

        assertThat(result.alignment().row(0).vietnamese().get(0).text()).isEqualTo("Câu m\u1EC1t.");
    }

    @Test
    void blankTextIsRejected() {
        assertRejected(sample(), new EditSentenceText(R1, Side.ENGLISH, 0, " \t"),
                "English sentence 1 of row 2 cannot be blank: merge or move sentences instead");
    }

    @Test
    void unchangedTextIsRejected() {
        assertRejected(sample(), new EditSentenceText(R1, Side.ENGLISH, 0, "Beta two."),
                "English sentence 1 of row 2 already has this text");
    }

    @Test
    void missingSentenceIsRejected() {
        assertRejected(sample(), new EditSentenceText(R3, Side.VIETNAMESE, 0, "Câu năm."),
                "row 4 has 0 Vietnamese sentences: there is no sentence 1");
    }

    @Test
    void descriptionNamesSentenceAndRow() {
        assertThat(new EditSentenceText(R1, Side.ENGLISH, 1, "x").description(sample()))
                .isEqualTo("Edit English sentence 2 of row 2");
    }
}
