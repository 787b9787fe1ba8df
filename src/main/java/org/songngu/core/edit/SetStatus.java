package org.songngu.core.edit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.RowId;
import org.songngu.core.align.RowStatus;

/**
 * Confirms or unconfirms a set of rows. Rows that already have the status are left alone, and the
 * inverse names only the rows that changed: with two statuses, setting those back to the opposite
 * status restores each row's previous one exactly.
 */
public record SetStatus(Set<RowId> rows, RowStatus status) implements AlignmentEdit {

    public SetStatus {
        rows = Set.copyOf(rows);
        Objects.requireNonNull(status, "status");
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("a status change needs at least one row");
        }
    }

    @Override
    public EditResult apply(Alignment alignment) throws EditRejectedException {
        Set<RowId> changed = new HashSet<>();
        for (RowId id : rows) {
            if (alignment.row(Rows.indexOf(alignment, id)).status() != status) {
                changed.add(id);
            }
        }
        if (changed.isEmpty()) {
            throw new EditRejectedException(rows.size() == 1
                    ? "row " + Rows.number(Rows.indexOf(alignment, rows.iterator().next())) + " is already " + word()
                    : "all " + rows.size() + " rows are already " + word());
        }
        List<AlignmentRow> result = new ArrayList<>(alignment.rows());
        for (int i = 0; i < result.size(); i++) {
            if (changed.contains(result.get(i).id())) {
                result.set(i, result.get(i).withStatus(status));
            }
        }
        RowStatus previous = status == RowStatus.CONFIRMED ? RowStatus.UNCONFIRMED : RowStatus.CONFIRMED;
        return new EditResult(alignment.withRows(result, alignment.nextId()), new SetStatus(changed, previous));
    }

    private String word() {
        return status == RowStatus.CONFIRMED ? "confirmed" : "unconfirmed";
    }

    @Override
    public String description() {
        return status == RowStatus.CONFIRMED ? "Confirm rows" : "Unconfirm rows";
    }

    @Override
    public EditName name(Alignment before) {
        if (rows.size() > 1) {
            return new EditName.SetRowsStatus(rows.size(), status);
        }
        int index = Rows.find(before, rows.iterator().next());
        return index < 0 ? new EditName.Text(description()) : new EditName.SetRowStatus(Rows.number(index), status);
    }
}
