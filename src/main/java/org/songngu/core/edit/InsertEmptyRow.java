package org.songngu.core.edit;

import java.util.List;
import java.util.Objects;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.Confidence;
import org.songngu.core.align.RowId;
import org.songngu.core.align.RowStatus;

/**
 * Inserts a row with both sides empty at a position, with the alignment's next id; the user then
 * moves sentences into it. Neighbours are untouched, so confirmed neighbours do not matter.
 */
public record InsertEmptyRow(RowPosition position) implements AlignmentEdit {

    public InsertEmptyRow {
        Objects.requireNonNull(position, "position");
    }

    @Override
    public EditResult apply(Alignment alignment) throws EditRejectedException {
        int index = Rows.indexOf(alignment, position);
        AlignmentRow empty = new AlignmentRow(new RowId(alignment.nextId()), List.of(), List.of(),
                RowStatus.UNCONFIRMED, Confidence.UNKNOWN);
        return new EditResult(Rows.splice(alignment, index, 0, List.of(empty), alignment.nextId() + 1),
                Rows.restore(alignment, index, 0, List.of(empty.id())));
    }

    @Override
    public String description() {
        return "Insert empty row";
    }

    @Override
    public EditName name(Alignment before) {
        if (position instanceof RowPosition.After after) {
            int index = Rows.find(before, after.row());
            return index < 0 ? new EditName.Text(description()) : new EditName.InsertEmptyRow(Rows.number(index));
        }
        return new EditName.InsertEmptyRow(0);
    }
}
