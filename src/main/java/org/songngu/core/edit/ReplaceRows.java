package org.songngu.core.edit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.RowId;

/**
 * Replaces a contiguous run of rows by other rows: how a realignment proposal or a term replacement
 * becomes one undoable step, and how the other edits are undone. It checks ids and position but
 * not content: keeping every sentence, and respecting confirmed rows, is the caller's
 * responsibility, since only the caller knows what the new rows mean.
 *
 * @param after the position just above the replaced rows, which must follow it in this order
 * @param replaced ids of the rows taken out, top to bottom; empty to only insert
 * @param replacement the rows put in their place; empty to only remove
 * @param nextId the alignment's next id afterwards; an inverse restores the old one exactly
 */
public record ReplaceRows(RowPosition after, List<RowId> replaced, List<AlignmentRow> replacement, long nextId)
        implements AlignmentEdit {

    public ReplaceRows {
        Objects.requireNonNull(after, "after");
        replaced = List.copyOf(replaced);
        replacement = List.copyOf(replacement);
        if (replaced.isEmpty() && replacement.isEmpty()) {
            throw new IllegalArgumentException("a replacement must take out or put in at least one row");
        }
    }

    /**
     * Replaces rows {@code first} to {@code last} (0-based, inclusive; {@code last = first - 1} to
     * only insert) of {@code alignment}, raising the next id above any new row's id.
     */
    public static ReplaceRows range(Alignment alignment, int first, int last, List<AlignmentRow> replacement) {
        if (first < 0 || last < first - 1 || last >= alignment.size()) {
            throw new IllegalArgumentException("rows " + first + " to " + last + " are not a range of the "
                    + alignment.size() + " rows");
        }
        long nextId = alignment.nextId();
        for (AlignmentRow row : replacement) {
            nextId = Math.max(nextId, row.id().value() + 1);
        }
        List<RowId> ids = alignment.rows().subList(first, last + 1).stream().map(AlignmentRow::id).toList();
        return new ReplaceRows(Rows.positionBefore(alignment, first), ids, replacement, nextId);
    }

    @Override
    public EditResult apply(Alignment alignment) throws EditRejectedException {
        int first = Rows.indexOf(alignment, after);
        for (int i = 0; i < replaced.size(); i++) {
            int index = Rows.indexOf(alignment, replaced.get(i));
            if (index != first + i) {
                throw new EditRejectedException("row " + Rows.number(index)
                        + " is not where the replacement expects it: the rows to replace must be contiguous from row "
                        + Rows.number(first));
            }
        }
        Set<RowId> kept = new HashSet<>();
        for (int i = 0; i < alignment.size(); i++) {
            if (i < first || i >= first + replaced.size()) {
                kept.add(alignment.row(i).id());
            }
        }
        for (AlignmentRow row : replacement) {
            if (!kept.add(row.id())) {
                throw new EditRejectedException("row id " + row.id().value() + " would occur twice");
            }
        }
        for (RowId id : kept) {
            if (id.value() >= nextId) {
                throw new EditRejectedException("row id " + id.value() + " is not below the next id " + nextId);
            }
        }
        List<RowId> added = new ArrayList<>(replacement.size());
        replacement.forEach(row -> added.add(row.id()));
        return new EditResult(Rows.splice(alignment, first, replaced.size(), replacement, nextId),
                Rows.restore(alignment, first, replaced.size(), added));
    }

    @Override
    public String description() {
        return "Replace rows";
    }

    @Override
    public EditName name(Alignment before) {
        int first = after instanceof RowPosition.After above ? Rows.find(before, above.row()) + 1 : 0;
        if (replaced.isEmpty()) {
            return new EditName.InsertRows(first);
        }
        return new EditName.ReplaceRows(Rows.number(first), Rows.number(first + replaced.size() - 1));
    }
}
