package org.songngu.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.Confidence;
import org.songngu.core.align.RowId;
import org.songngu.core.align.RowStatus;
import org.songngu.core.document.Document;
import org.songngu.core.document.DocumentReader;
import org.songngu.core.document.Sentence;
import org.songngu.core.text.Language;

/** A small alignment to edit, and the checks every edit test makes. */
final class EditFixtures {

    static final Document ENGLISH = DocumentReader.fromText("story.en.txt",
            "Alpha one. Beta two. Gamma three. Delta four. Epsilon five.", Language.EN);
    static final Document VIETNAMESE = DocumentReader.fromText("story.vi.txt",
            "Câu một. Câu hai. Câu ba. Câu bốn.", Language.VI);

    static final RowId R0 = new RowId(0);
    static final RowId R1 = new RowId(1);
    static final RowId R2 = new RowId(2);
    static final RowId R3 = new RowId(3);
    static final RowId UNKNOWN_ROW = new RowId(99);

    private EditFixtures() {
    }

    static Sentence en(int index) {
        return ENGLISH.sentences().get(index);
    }

    static Sentence vi(int index) {
        return VIETNAMESE.sentences().get(index);
    }

    static AlignmentRow row(long id, List<Sentence> english, List<Sentence> vietnamese, RowStatus status,
            double confidence) {
        return new AlignmentRow(new RowId(id), english, vietnamese, status, new Confidence(confidence));
    }

    /**
     * Four rows: 1–1, 2–1, a confirmed 1–2, and 1–0 at the end.
     */
    static Alignment sample() {
        return new Alignment(ENGLISH, VIETNAMESE, List.of(
                row(0, List.of(en(0)), List.of(vi(0)), RowStatus.UNCONFIRMED, 0.9),
                row(1, List.of(en(1), en(2)), List.of(vi(1)), RowStatus.UNCONFIRMED, 0.8),
                row(2, List.of(en(3)), List.of(vi(2), vi(3)), RowStatus.CONFIRMED, 0.7),
                row(3, List.of(en(4)), List.of(), RowStatus.UNCONFIRMED, 0.5)), 4);
    }

    /**
     * Applies {@code edit} to {@code before}, checks that its inverse gives back an equal alignment
     * and that applying it again gives the same result, directly and through an {@link EditHistory};
     * returns the first result.
     */
    static EditResult performUndoRedo(Alignment before, AlignmentEdit edit) throws EditRejectedException {
        EditResult done = edit.apply(before);
        Alignment undone = done.inverse().apply(done.alignment()).alignment();
        assertThat(undone).isEqualTo(before);
        assertThat(edit.apply(undone).alignment()).isEqualTo(done.alignment());

        EditHistory history = new EditHistory(before);
        assertThat(history.perform(edit)).isEqualTo(done.alignment());
        assertThat(history.undo()).isEqualTo(before);
        assertThat(history.redo()).isEqualTo(done.alignment());
        return done;
    }

    /** Checks that {@code edit} is rejected with {@code message} and that the history did not move. */
    static void assertRejected(Alignment alignment, AlignmentEdit edit, String message) {
        EditHistory history = new EditHistory(alignment);
        assertThatThrownBy(() -> history.perform(edit))
                .isInstanceOf(EditRejectedException.class)
                .hasMessage(message);
        assertThat(history.current()).isSameAs(alignment);
        assertThat(history.canUndo()).isFalse();
        assertThat(history.canRedo()).isFalse();
        assertThat(history.isDirty()).isFalse();
    }
}
