package org.songngu.core.edit;

import java.util.List;
import java.util.Objects;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.Confidence;
import org.songngu.core.align.RowId;
import org.songngu.core.align.RowStatus;

/**
 * Splits a row at a sentence boundary: its first {@code english} English and first {@code
 * vietnamese} Vietnamese sentences stay, the rest go to a new row below with the alignment's next
 * id. Both rows get unknown confidence, since the aligner never proposed them.
 */
public record SplitRow(RowId row, int english, int vietnamese) implements AlignmentEdit {

    public SplitRow {
        Objects.requireNonNull(row, "row");
        if (english < 0 || vietnamese < 0) {
            throw new IllegalArgumentException("a row is split after a count of sentences, never a negative one: "
                    + english + " English, " + vietnamese + " Vietnamese");
        }
    }

    @Override
    public EditResult apply(Alignment alignment) throws EditRejectedException {
        int index = Rows.indexOf(alignment, row);
        AlignmentRow old = alignment.row(index);
        requireWithin(index, old.english().size(), english, Side.ENGLISH);
        requireWithin(index, old.vietnamese().size(), vietnamese, Side.VIETNAMESE);
        boolean upperEmpty = english == 0 && vietnamese == 0;
        boolean lowerEmpty = english == old.english().size() && vietnamese == old.vietnamese().size();
        if (upperEmpty || lowerEmpty) {
            throw new EditRejectedException("splitting row " + Rows.number(index) + " after " + english
                    + " English and " + vietnamese + " Vietnamese sentences would leave an empty row");
        }
        Rows.requireUnconfirmed(alignment, index);
        long newId = alignment.nextId();
        AlignmentRow upper = new AlignmentRow(old.id(), old.english().subList(0, english),
                old.vietnamese().subList(0, vietnamese), RowStatus.UNCONFIRMED, Confidence.UNKNOWN);
        AlignmentRow lower = new AlignmentRow(new RowId(newId),
                old.english().subList(english, old.english().size()),
                old.vietnamese().subList(vietnamese, old.vietnamese().size()), RowStatus.UNCONFIRMED,
                Confidence.UNKNOWN);
        return new EditResult(Rows.splice(alignment, index, 1, List.of(upper, lower), newId + 1),
                Rows.restore(alignment, index, 1, List.of(old.id(), lower.id())));
    }

    private static void requireWithin(int index, int size, int count, Side side) throws EditRejectedException {
        if (count > size) {
            throw new EditRejectedException("row " + Rows.number(index) + " has " + Rows.sentences(size, side)
                    + ": it cannot be split after " + count);
        }
    }

    @Override
    public String description() {
        return "Split row";
    }

    @Override
    public EditName name(Alignment before) {
        int index = Rows.find(before, row);
        return index < 0 ? new EditName.Text(description()) : new EditName.SplitRow(Rows.number(index));
    }
}
