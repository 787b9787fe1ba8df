package org.songngu.core.edit;

import java.util.List;
import java.util.Objects;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.Confidence;
import org.songngu.core.align.RowId;
import org.songngu.core.align.RowStatus;

/**
 * Merges a row with the row below it: each side's sentences in order, the first row's id kept.
 * The result is unconfirmed with unknown confidence, since the aligner never proposed it.
 */
public record MergeRows(RowId row) implements AlignmentEdit {

    public MergeRows {
        Objects.requireNonNull(row, "row");
    }

    @Override
    public EditResult apply(Alignment alignment) throws EditRejectedException {
        int index = Rows.indexOf(alignment, row);
        if (index + 1 >= alignment.size()) {
            throw new EditRejectedException("row " + Rows.number(index)
                    + " is the last row: there is no row below to merge with");
        }
        Rows.requireUnconfirmed(alignment, index);
        Rows.requireUnconfirmed(alignment, index + 1);
        AlignmentRow upper = alignment.row(index);
        AlignmentRow lower = alignment.row(index + 1);
        AlignmentRow merged = new AlignmentRow(upper.id(), Rows.concat(upper.english(), lower.english()),
                Rows.concat(upper.vietnamese(), lower.vietnamese()), RowStatus.UNCONFIRMED, Confidence.UNKNOWN);
        return new EditResult(Rows.splice(alignment, index, 2, List.of(merged), alignment.nextId()),
                Rows.restore(alignment, index, 2, List.of(upper.id())));
    }

    @Override
    public String description() {
        return "Merge rows";
    }

    @Override
    public EditName name(Alignment before) {
        int index = Rows.find(before, row);
        return index < 0 ? new EditName.Text(description()) : new EditName.MergeRows(Rows.number(index));
    }
}
