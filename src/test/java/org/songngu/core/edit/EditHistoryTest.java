package org.songngu.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.songngu.core.edit.EditFixtures.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.RowStatus;
import org.songngu.core.edit.EditHistory.RowsChanged;

class EditHistoryTest {

    @Test
    void undoAndRedoWalkTheStatesWithTheirDescriptions() throws EditRejectedException {
        Alignment sample = sample();
        EditHistory history = new EditHistory(sample);

        Alignment merged = history.perform(new MergeRows(R0));

        assertThat(history.undoDescription()).isEqualTo(Optional.of("Merge rows 1 and 2"));
        assertThat(history.redoDescription()).isEmpty();
        assertThat(history.undo()).isEqualTo(sample);
        assertThat(history.canUndo()).isFalse();
        assertThat(history.redoDescription()).isEqualTo(Optional.of("Merge rows 1 and 2"));
        assertThat(history.redo()).isEqualTo(merged);
        assertThat(history.current()).isEqualTo(merged);
    }

    @Test
    void newEditDropsTheRedoStack() throws EditRejectedException {
        EditHistory history = new EditHistory(sample());
        history.perform(new MergeRows(R0));
        history.undo();

        history.perform(new InsertEmptyRow(RowPosition.top()));

        assertThat(history.canRedo()).isFalse();
        assertThat(history.undoDescription()).isEqualTo(Optional.of("Insert empty row at the top"));
    }

    @Test
    void nothingToUndoOrRedoIsAProgrammingError() {
        EditHistory history = new EditHistory(sample());

        assertThatThrownBy(history::undo).isInstanceOf(IllegalStateException.class).hasMessage("there is nothing to undo");
        assertThatThrownBy(history::redo).isInstanceOf(IllegalStateException.class).hasMessage("there is nothing to redo");
    }

    @Test
    void dirtyMeansAwayFromTheSavedStateInHistory() throws EditRejectedException {
        EditHistory history = new EditHistory(sample());
        assertThat(history.isDirty()).isFalse();

        history.perform(new MergeRows(R0));
        assertThat(history.isDirty()).isTrue();
        history.markSaved();
        assertThat(history.isDirty()).isFalse();
        history.undo();
        assertThat(history.isDirty()).isTrue();
        history.redo();
        assertThat(history.isDirty()).isFalse();

        history.undo();
        history.perform(new MergeRows(R0));
        assertThat(history.isDirty()).as("an equal alignment reached by a new edit is a different history state")
                .isTrue();
        history.undo();
        assertThat(history.isDirty()).as("the initial state is not the saved one").isTrue();
    }

    @Test
    void markedUnsavedItStaysDirtyUntilSaved() throws EditRejectedException {
        EditHistory history = new EditHistory(sample());

        history.markUnsaved();
        assertThat(history.isDirty()).isTrue();
        history.perform(new MergeRows(R0));
        history.undo();
        assertThat(history.isDirty()).as("undoing back to the initial state does not reach a saved one").isTrue();
        history.markSaved();
        assertThat(history.isDirty()).isFalse();
    }

    @Test
    void undoingBackToTheInitialStateIsCleanUntilASaveElsewhere() throws EditRejectedException {
        EditHistory history = new EditHistory(sample());
        history.perform(new MergeRows(R0));
        history.undo();
        assertThat(history.isDirty()).isFalse();
    }

    @Test
    void rejectedEditLeavesHistoryAndListenersUntouched() throws EditRejectedException {
        EditHistory history = new EditHistory(sample());
        history.perform(new InsertEmptyRow(RowPosition.top()));
        Alignment done = history.perform(new MergeRows(R0));
        history.undo();
        Alignment current = history.current();
        List<RowsChanged> changes = new ArrayList<>();
        history.addListener(changes::add);

        assertThatThrownBy(() -> history.perform(new MergeRows(R3)))
                .isInstanceOf(EditRejectedException.class)
                .hasMessage("row 5 is the last row: there is no row below to merge with");

        assertThat(history.current()).isSameAs(current);
        assertThat(history.undoDescription()).isEqualTo(Optional.of("Insert empty row at the top"));
        assertThat(history.redoDescription()).isEqualTo(Optional.of("Merge rows 2 and 3"));
        assertThat(history.isDirty()).isTrue();
        assertThat(changes).isEmpty();
        assertThat(history.redo()).isEqualTo(done);
    }

    @Test
    void listenerHearsTheNarrowestRowRange() throws EditRejectedException {
        Alignment sample = sample();
        EditHistory history = new EditHistory(sample);
        List<RowsChanged> changes = new ArrayList<>();
        history.addListener(changes::add);

        history.perform(new MergeRows(R0));
        history.undo();
        history.perform(new InsertEmptyRow(RowPosition.after(R1)));
        history.perform(new SetStatus(Set.of(R3), RowStatus.CONFIRMED));
        history.perform(ReplaceRows.range(history.current(), 0, 4,
                List.of(row(9, List.of(), List.of(), RowStatus.UNCONFIRMED, 0))));

        assertThat(changes).containsExactly(
                new RowsChanged(0, 1, 0, false),
                new RowsChanged(0, 0, 1, false),
                new RowsChanged(2, 1, 2, false),
                new RowsChanged(4, 4, 4, false),
                new RowsChanged(0, 4, 0, true));
    }

    @Test
    void removedListenerHearsNothing() throws EditRejectedException {
        EditHistory history = new EditHistory(sample());
        List<RowsChanged> changes = new ArrayList<>();
        EditHistory.Listener listener = changes::add;
        history.addListener(listener);
        history.removeListener(listener);

        history.perform(new MergeRows(R0));

        assertThat(changes).isEmpty();
    }
}
