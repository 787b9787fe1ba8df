package org.songngu.core.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.songngu.core.align.Aligner;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.Lexicon;
import org.songngu.core.align.RowStatus;
import org.songngu.core.document.Sentence;
import org.songngu.core.task.Cancellation;
import org.songngu.core.task.ProgressListener;

class RealignmentTest {

    private static final Aligner ALIGNER = new Aligner(Lexicon.builtIn());

    @Test
    void keepsConfirmedRowsWithTheirIdsAndEverySentenceOnceInOrder() throws EditRejectedException {
        Alignment before = EditFixtures.sample();

        Alignment after = propose(before).apply(before).alignment();

        AlignmentRow confirmed = before.row(2);
        assertThat(after.rows()).contains(confirmed);
        assertThat(after.rows().stream().filter(r -> r.status() == RowStatus.CONFIRMED)).containsExactly(confirmed);
        assertThat(sentences(after, Side.ENGLISH)).isEqualTo(sentences(before, Side.ENGLISH));
        assertThat(sentences(after, Side.VIETNAMESE)).isEqualTo(sentences(before, Side.VIETNAMESE));
        assertThat(after.rows().stream().filter(r -> r != confirmed).map(r -> r.id().value()))
                .allMatch(id -> id >= before.nextId());
    }

    @Test
    void putsAConfirmedEmptyRowBackWhereItStood() throws EditRejectedException {
        Alignment sample = EditFixtures.sample();
        Alignment withEmpty = new InsertEmptyRow(RowPosition.after(EditFixtures.R0)).apply(sample).alignment();
        AlignmentRow empty = withEmpty.row(1);
        Alignment before = new SetStatus(java.util.Set.of(empty.id()), RowStatus.CONFIRMED).apply(withEmpty).alignment();

        Alignment after = propose(before).apply(before).alignment();

        int at = after.rows().indexOf(before.row(1));
        assertThat(at).isPositive();
        assertThat(after.rows().subList(0, at).stream().mapToInt(r -> r.english().size()).sum()).isEqualTo(1);
    }

    @Test
    void isOneUndoableStep() throws EditRejectedException {
        Alignment before = EditFixtures.sample();
        EditHistory history = new EditHistory(before);

        history.perform(propose(before));
        history.undo();

        assertThat(history.current()).isEqualTo(before);
    }

    private static ReplaceRows propose(Alignment alignment) {
        return Realignment.propose(alignment, ALIGNER, ProgressListener.NONE, Cancellation.NEVER);
    }

    private static List<Sentence> sentences(Alignment alignment, Side side) {
        return alignment.rows().stream().flatMap(r -> side.of(r).stream()).toList();
    }
}
