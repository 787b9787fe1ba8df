package org.songngu.core.edit;

import java.util.ArrayList;
import java.util.List;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.RowId;
import org.songngu.core.align.RowStatus;
import org.songngu.core.document.Sentence;

/** Look-ups, checks and splicing shared by the edits; messages use 1-based row numbers. */
final class Rows {

    private Rows() {
    }

    static int indexOf(Alignment alignment, RowId id) throws EditRejectedException {
        int index = find(alignment, id);
        if (index < 0) {
            throw new EditRejectedException("row id " + id.value() + " is not in the alignment");
        }
        return index;
    }

    /** The index of the row with {@code id}, or -1; for descriptions, which never reject. */
    static int find(Alignment alignment, RowId id) {
        for (int i = 0; i < alignment.size(); i++) {
            if (alignment.row(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the first row below {@code position}. */
    static int indexOf(Alignment alignment, RowPosition position) throws EditRejectedException {
        if (position instanceof RowPosition.After after) {
            return indexOf(alignment, after.row()) + 1;
        }
        return 0;
    }

    /** The position just above the row at {@code index}. */
    static RowPosition positionBefore(Alignment alignment, int index) {
        return index == 0 ? RowPosition.top() : RowPosition.after(alignment.row(index - 1).id());
    }

    /** The row number the user sees in the grid. */
    static int number(int index) {
        return index + 1;
    }

    static void requireUnconfirmed(Alignment alignment, int index) throws EditRejectedException {
        if (alignment.row(index).status() == RowStatus.CONFIRMED) {
            throw new EditRejectedException("row " + number(index) + " is confirmed: unconfirm it before editing");
        }
    }

    /** The sentence at {@code sentence} on one side of a row, or a rejection naming how many there are. */
    static Sentence sentence(Alignment alignment, int index, Side side, int sentence) throws EditRejectedException {
        List<Sentence> sentences = side.of(alignment.row(index));
        if (sentence < 0 || sentence >= sentences.size()) {
            throw new EditRejectedException("row " + number(index) + " has " + sentences(sentences.size(), side)
                    + ": there is no sentence " + (sentence + 1));
        }
        return sentences.get(sentence);
    }

    /** "1 English sentence", "2 Vietnamese sentences". */
    static String sentences(int count, Side side) {
        return count + " " + side.label() + (count == 1 ? " sentence" : " sentences");
    }

    static List<Sentence> concat(List<Sentence> first, List<Sentence> second) {
        List<Sentence> all = new ArrayList<>(first.size() + second.size());
        all.addAll(first);
        all.addAll(second);
        return all;
    }

    /** {@code alignment} with {@code count} rows from {@code first} replaced by {@code replacement}. */
    static Alignment splice(Alignment alignment, int first, int count, List<AlignmentRow> replacement, long nextId) {
        List<AlignmentRow> rows = new ArrayList<>(alignment.size() - count + replacement.size());
        rows.addAll(alignment.rows().subList(0, first));
        rows.addAll(replacement);
        rows.addAll(alignment.rows().subList(first + count, alignment.size()));
        return alignment.withRows(rows, nextId);
    }

    /**
     * The inverse of a splice: puts back rows [first, first + count) of {@code before}, and its next
     * id, in place of the rows {@code added}. Restoring whole rows rather than undoing step by step
     * gives back status and confidence exactly, which an opposite edit would not.
     */
    static ReplaceRows restore(Alignment before, int first, int count, List<RowId> added) {
        return new ReplaceRows(positionBefore(before, first), added,
                before.rows().subList(first, first + count), before.nextId());
    }
}
