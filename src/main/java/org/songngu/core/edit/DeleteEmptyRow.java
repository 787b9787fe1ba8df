package org.songngu.core.edit;

import java.util.List;
import java.util.Objects;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.RowId;

/**
 * Deletes a row with both sides empty. Rows with sentences are never deleted, so no sentence of a
 * document can be lost by editing. A confirmed empty row is rejected like any confirmed row: it is
 * an anchor the user set on purpose.
 */
public record DeleteEmptyRow(RowId row) implements AlignmentEdit {

    public DeleteEmptyRow {
        Objects.requireNonNull(row, "row");
    }

    @Override
    public EditResult apply(Alignment alignment) throws EditRejectedException {
        int index = Rows.indexOf(alignment, row);
        if (!alignment.row(index).isEmpty()) {
            throw new EditRejectedException("row " + Rows.number(index)
                    + " is not empty: only a row with both sides empty can be deleted");
        }
        Rows.requireUnconfirmed(alignment, index);
        return new EditResult(Rows.splice(alignment, index, 1, List.of(), alignment.nextId()),
                Rows.restore(alignment, index, 1, List.of()));
    }

    @Override
    public String description() {
        return "Delete empty row";
    }

    @Override
    public EditName name(Alignment before) {
        int index = Rows.find(before, row);
        return index < 0 ? new EditName.Text(description()) : new EditName.DeleteEmptyRow(Rows.number(index));
    }
}
