package org.songngu.core.edit;

import java.util.Objects;
import org.songngu.core.align.RowId;

/**
 * A place between rows, named by the row above it so that it survives edits elsewhere: at the top,
 * or just after a given row.
 */
public sealed interface RowPosition {

    static RowPosition top() {
        return Top.INSTANCE;
    }

    static RowPosition after(RowId row) {
        return new After(row);
    }

    /** Before the first row. */
    enum Top implements RowPosition {
        INSTANCE
    }

    /** Just below {@code row}. */
    record After(RowId row) implements RowPosition {

        public After {
            Objects.requireNonNull(row, "row");
        }
    }
}
