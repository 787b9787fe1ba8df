package org.songngu.core.edit;

import java.util.List;
import java.util.Objects;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.Confidence;
import org.songngu.core.align.RowId;
import org.songngu.core.document.Sentence;

/**
 * Moves one sentence across a row boundary on one side: {@link Direction#UP} moves the row's first
 * sentence to the end of the row above, {@link Direction#DOWN} moves its last sentence to the start
 * of the row below. Sentence order in the document never changes. A row left empty stays, so the
 * user can see it and delete it. Both rows get unknown confidence.
 */
public record MoveSentence(RowId row, Side side, Direction direction) implements AlignmentEdit {

    /** Which neighbour the sentence goes to. */
    public enum Direction {
        UP,
        DOWN
    }

    public MoveSentence {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(direction, "direction");
    }

    @Override
    public EditResult apply(Alignment alignment) throws EditRejectedException {
        int index = Rows.indexOf(alignment, row);
        int number = Rows.number(index);
        if (direction == Direction.UP && index == 0) {
            throw new EditRejectedException("row 1 is the first row: there is no row above to move a sentence into");
        }
        if (direction == Direction.DOWN && index + 1 == alignment.size()) {
            throw new EditRejectedException("row " + number
                    + " is the last row: there is no row below to move a sentence into");
        }
        List<Sentence> from = side.of(alignment.row(index));
        if (from.isEmpty()) {
            throw new EditRejectedException("the " + side.label() + " side of row " + number
                    + " is empty: there is no sentence to move");
        }
        int upperIndex = direction == Direction.UP ? index - 1 : index;
        Rows.requireUnconfirmed(alignment, upperIndex);
        Rows.requireUnconfirmed(alignment, upperIndex + 1);
        AlignmentRow upper = alignment.row(upperIndex);
        AlignmentRow lower = alignment.row(upperIndex + 1);
        List<Sentence> upperSide = side.of(upper);
        List<Sentence> lowerSide = side.of(lower);
        if (direction == Direction.UP) {
            upperSide = Rows.concat(upperSide, lowerSide.subList(0, 1));
            lowerSide = lowerSide.subList(1, lowerSide.size());
        } else {
            lowerSide = Rows.concat(upperSide.subList(upperSide.size() - 1, upperSide.size()), lowerSide);
            upperSide = upperSide.subList(0, upperSide.size() - 1);
        }
        List<AlignmentRow> moved = List.of(
                side.with(upper, upperSide).withConfidence(Confidence.UNKNOWN),
                side.with(lower, lowerSide).withConfidence(Confidence.UNKNOWN));
        return new EditResult(Rows.splice(alignment, upperIndex, 2, moved, alignment.nextId()),
                Rows.restore(alignment, upperIndex, 2, List.of(upper.id(), lower.id())));
    }

    @Override
    public String description() {
        return direction == Direction.UP ? "Move sentence up" : "Move sentence down";
    }

    @Override
    public EditName name(Alignment before) {
        int index = Rows.find(before, row);
        return index < 0 ? new EditName.Text(description())
                : new EditName.MoveSentence(Rows.number(index), side, direction);
    }
}
