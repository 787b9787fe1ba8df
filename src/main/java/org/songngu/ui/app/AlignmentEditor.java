package org.songngu.ui.app;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import org.songngu.core.align.Aligner;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.Lexicon;
import org.songngu.core.align.RowId;
import org.songngu.core.align.RowStatus;
import org.songngu.core.align.TextSearch;
import org.songngu.core.edit.AlignmentEdit;
import org.songngu.core.edit.CompoundEdit;
import org.songngu.core.edit.DeleteEmptyRow;
import org.songngu.core.edit.EditHistory;
import org.songngu.core.edit.EditName;
import org.songngu.core.edit.EditRejectedException;
import org.songngu.core.edit.InsertEmptyRow;
import org.songngu.core.edit.MergeRows;
import org.songngu.core.edit.MoveSentence;
import org.songngu.core.edit.MoveSentence.Direction;
import org.songngu.core.edit.Realignment;
import org.songngu.core.edit.RowPosition;
import org.songngu.core.edit.SetStatus;
import org.songngu.core.edit.Side;
import org.songngu.core.edit.SplitRow;
import org.songngu.core.edit.TextReplacement;
import org.songngu.core.glossary.Glossary;
import org.songngu.ui.action.Command;
import org.songngu.ui.grid.AlignmentGridPanel;
import org.songngu.ui.grid.RowSearch;
import org.songngu.ui.task.TaskRunner;

/**
 * One open alignment: its grid and its edit history. It turns the selection and a command into an
 * edit record and hands it to the history; the edits themselves decide what is allowed.
 */
final class AlignmentEditor {

    private final EditHistory history;
    private final AlignmentGridPanel grid;
    private final Consumer<String> report;
    private final Supplier<Glossary> glossary;

    /**
     * @param report shows a one-line message, such as why an edit was rejected
     * @param changed runs after every change of the alignment or the selection
     * @param glossary the project's glossary as it is when realignment starts: its terms are evidence
     */
    AlignmentEditor(Alignment alignment, Consumer<String> report, Runnable changed, Supplier<Glossary> glossary) {
        this.history = new EditHistory(alignment);
        this.grid = new AlignmentGridPanel(alignment);
        this.report = report;
        this.glossary = glossary;
        history.addListener(change -> {
            int selected = grid.currentRow();
            if (!change.isEmpty()) {
                grid.model().show(history.current(), change.first(), change.lastBefore(), change.lastAfter());
            }
            int size = history.current().size();
            if (size > 0) {
                grid.select(Math.min(change.whole() ? Math.max(selected, 0) : change.first(), size - 1));
            }
            changed.run();
        });
        grid.table().getSelectionModel().addListSelectionListener(event -> changed.run());
    }

    EditHistory history() {
        return history;
    }

    AlignmentGridPanel grid() {
        return grid;
    }

    boolean isApplicable(Command command) {
        int row = grid.currentRow();
        int size = history.current().size();
        return switch (command) {
            case UNDO -> history.canUndo();
            case REDO -> history.canRedo();
            case MERGE_WITH_NEXT -> row >= 0 && row + 1 < size;
            case MERGE_WITH_PREVIOUS -> row > 0;
            case EDIT_TEXT -> row >= 0 && !history.current().row(row).isEmpty();
            case SPLIT_ROW, MOVE_ENGLISH_UP, MOVE_ENGLISH_DOWN, MOVE_VIETNAMESE_UP, MOVE_VIETNAMESE_DOWN,
                    INSERT_EMPTY_ROW, TOGGLE_CONFIRMED -> row >= 0;
            case DELETE_EMPTY_ROW -> row >= 0 && history.current().row(row).isEmpty();
            case REALIGN, NEXT_LOW_CONFIDENCE, PREVIOUS_LOW_CONFIDENCE, NEXT_UNCONFIRMED, GO_TO_ROW -> size > 0;
            default -> false;
        };
    }

    void perform(Command command) {
        switch (command) {
            case UNDO -> history.undo();
            case REDO -> history.redo();
            case EDIT_TEXT -> editText();
            case MERGE_WITH_NEXT -> edit(row -> new MergeRows(row.id()));
            case MERGE_WITH_PREVIOUS -> edit(row -> new MergeRows(history.current().row(grid.currentRow() - 1).id()));
            case SPLIT_ROW -> edit(row -> new SplitRow(row.id(), Math.min(1, row.english().size()),
                    Math.min(1, row.vietnamese().size())));
            case MOVE_ENGLISH_UP -> edit(row -> new MoveSentence(row.id(), Side.ENGLISH, Direction.UP));
            case MOVE_ENGLISH_DOWN -> edit(row -> new MoveSentence(row.id(), Side.ENGLISH, Direction.DOWN));
            case MOVE_VIETNAMESE_UP -> edit(row -> new MoveSentence(row.id(), Side.VIETNAMESE, Direction.UP));
            case MOVE_VIETNAMESE_DOWN -> edit(row -> new MoveSentence(row.id(), Side.VIETNAMESE, Direction.DOWN));
            case INSERT_EMPTY_ROW -> edit(row -> new InsertEmptyRow(RowPosition.after(row.id())));
            case DELETE_EMPTY_ROW -> edit(row -> new DeleteEmptyRow(row.id()));
            case TOGGLE_CONFIRMED -> edit(row -> toggleConfirmed());
            case REALIGN -> realign();
            case NEXT_LOW_CONFIDENCE -> go(RowSearch.nextLowConfidence(history.current(), grid.currentRow()));
            case PREVIOUS_LOW_CONFIDENCE -> go(RowSearch.previousLowConfidence(history.current(), grid.currentRow()));
            case NEXT_UNCONFIRMED -> go(RowSearch.nextUnconfirmed(history.current(), grid.currentRow()));
            case GO_TO_ROW -> goToRow();
            default -> throw new IllegalArgumentException(command + " is not a command on an alignment");
        }
    }

    /** Applies the edit made for the current row, or reports why it does not fit. */
    private void edit(Function<AlignmentRow, AlignmentEdit> forRow) {
        int row = grid.currentRow();
        if (row < 0) {
            return;
        }
        try {
            history.perform(forRow.apply(history.current().row(row)));
            report.accept(" ");
        } catch (EditRejectedException e) {
            report.accept(e.getMessage());
        }
    }

    /**
     * Lets the user fix the current row's sentences; the changed ones become one undoable step. A
     * rejection shows in the status bar and keeps the dialog open with what was typed.
     */
    private void editText() {
        int index = grid.currentRow();
        SentenceTextDialog.show(SwingUtilities.getWindowAncestor(grid), history.current().row(index), index + 1,
                changes -> {
                    try {
                        history.perform(new CompoundEdit(new EditName.EditSentences(index + 1),
                                List.<AlignmentEdit>copyOf(changes)));
                        report.accept(" ");
                        return Optional.empty();
                    } catch (EditRejectedException e) {
                        report.accept(e.getMessage());
                        return Optional.of(e.getMessage());
                    }
                });
        grid.table().requestFocus();
    }

    /** Confirms the selected rows, or unconfirms them when all of them are confirmed already. */
    private SetStatus toggleConfirmed() {
        Set<RowId> ids = Arrays.stream(grid.selectedRows()).mapToObj(i -> history.current().row(i).id())
                .collect(Collectors.toSet());
        boolean allConfirmed = Arrays.stream(grid.selectedRows())
                .allMatch(i -> history.current().row(i).status() == RowStatus.CONFIRMED);
        return new SetStatus(ids, allConfirmed ? RowStatus.UNCONFIRMED : RowStatus.CONFIRMED);
    }

    private void realign() {
        Alignment proposedFor = history.current();
        Glossary terms = glossary.get();
        TaskRunner.run(grid, () -> Messages.get("task.realigning"),
                (progress, cancellation) -> Realignment.propose(proposedFor,
                        new Aligner(Lexicon.builtIn().withTerms(terms)), progress, cancellation),
                proposal -> {
                    // The progress dialog had the focus; the user goes on working in the grid.
                    grid.table().requestFocus();
                    if (history.current() != proposedFor) {
                        report.accept(Messages.get("status.realignOutdated"));
                        return;
                    }
                    try {
                        history.perform(new CompoundEdit(new EditName.Realignment(), List.of(proposal)));
                        report.accept(" ");
                    } catch (EditRejectedException e) {
                        report.accept(e.getMessage());
                    }
                });
    }

    /** Goes to the next row after the current one whose text contains {@code query}, from the top after the last. */
    void find(String query, boolean ignoreDiacritics) {
        int row = new TextSearch(query, ignoreDiacritics).next(history.current(), grid.currentRow());
        if (row < 0) {
            report.accept(Messages.get("status.notFound", query.strip()));
        } else {
            go(row);
        }
    }

    /**
     * Replaces the query in the current row when it contains it, as one undoable edit, then goes to
     * the next match; when it does not, goes to the next match first, so that the user sees what a
     * second Replace changes.
     */
    void replace(String query, String replacement, boolean ignoreDiacritics) {
        int row = grid.currentRow();
        TextSearch search = new TextSearch(query, ignoreDiacritics);
        if (row < 0 || !search.matches(history.current().row(row))) {
            find(query, ignoreDiacritics);
            return;
        }
        TextReplacement.Outcome outcome = new TextReplacement(query, replacement, ignoreDiacritics)
                .inRow(history.current(), row);
        if (outcome.edit().isEmpty()) {
            find(query, ignoreDiacritics); // the match runs over two sentences: nothing to replace here
            return;
        }
        if (perform(outcome.edit().get())) {
            int next = search.next(history.current(), row);
            if (next >= 0 && next != row) {
                grid.select(next);
            }
            report.accept(Messages.get("status.replaced", outcome.occurrences(), row + 1));
        }
    }

    /** Replaces the query in every unconfirmed row as one undoable edit, saying how many confirmed rows it left alone. */
    void replaceAll(String query, String replacement, boolean ignoreDiacritics) {
        TextReplacement.Outcome outcome = new TextReplacement(query, replacement, ignoreDiacritics)
                .everywhere(history.current());
        if (outcome.edit().isEmpty()) {
            report.accept(Messages.get("status.nothingToReplace", query.strip()));
        } else if (perform(outcome.edit().get())) {
            report.accept(Messages.get("status.replacedAll", outcome.occurrences(), outcome.rows(),
                    outcome.skippedConfirmedRows()));
        }
    }

    /** Performs an edit, reporting a rejection; true if it was done. */
    private boolean perform(AlignmentEdit edit) {
        try {
            history.perform(edit);
            return true;
        } catch (EditRejectedException e) {
            report.accept(e.getMessage());
            return false;
        }
    }

    private void go(int row) {
        if (row < 0) {
            report.accept(Messages.get("status.noMoreRows"));
        } else {
            grid.select(row);
            report.accept(" ");
        }
    }

    private void goToRow() {
        int size = history.current().size();
        String answer = JOptionPane.showInputDialog(grid, Messages.get("dialog.goToRow", size));
        // The question had the focus; the user goes on working in the grid.
        grid.table().requestFocus();
        if (answer == null) {
            return;
        }
        try {
            int number = Integer.parseInt(answer.strip());
            if (number < 1 || number > size) {
                report.accept(Messages.get("status.noSuchRow", answer.strip(), size));
            } else {
                go(number - 1);
            }
        } catch (NumberFormatException e) {
            report.accept(Messages.get("status.noSuchRow", answer.strip(), size));
        }
    }
}
