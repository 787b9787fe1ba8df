package org.songngu.ui.grid;

import java.util.function.Predicate;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.RowStatus;

/** Finds the next row a reviewer should look at, from the current row onwards or backwards. */
public final class RowSearch {

    private static final Predicate<AlignmentRow> LOW_CONFIDENCE =
            row -> row.status() != RowStatus.CONFIRMED && row.confidence().value() < RowColours.LOW_CONFIDENCE;
    private static final Predicate<AlignmentRow> UNCONFIRMED = row -> row.status() != RowStatus.CONFIRMED;

    private RowSearch() {
    }

    /** The first unconfirmed low-confidence row after {@code from}, or -1. */
    public static int nextLowConfidence(Alignment alignment, int from) {
        return next(alignment, from, LOW_CONFIDENCE);
    }

    /** The last unconfirmed low-confidence row before {@code from}, or -1. */
    public static int previousLowConfidence(Alignment alignment, int from) {
        for (int row = Math.min(from, alignment.size()) - 1; row >= 0; row--) {
            if (LOW_CONFIDENCE.test(alignment.row(row))) {
                return row;
            }
        }
        return -1;
    }

    public static int nextUnconfirmed(Alignment alignment, int from) {
        return next(alignment, from, UNCONFIRMED);
    }

    private static int next(Alignment alignment, int from, Predicate<AlignmentRow> wanted) {
        for (int row = Math.max(from + 1, 0); row < alignment.size(); row++) {
            if (wanted.test(alignment.row(row))) {
                return row;
            }
        }
        return -1;
    }
}
