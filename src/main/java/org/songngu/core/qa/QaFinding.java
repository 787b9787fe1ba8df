package org.songngu.core.qa;

import java.util.Objects;

/**
 * One problem in one row.
 *
 * @param row the row number as the grid shows it, from 1
 * @param detail what is wrong, in words the user can act on
 */
public record QaFinding(int row, QaCheck check, String detail) {

    public QaFinding {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(detail, "detail");
        if (row < 1) {
            throw new IllegalArgumentException("row numbers start at 1, not " + row);
        }
    }

    /** The finding as one line: {@code row 3: missing term: ...}. */
    public String line() {
        return "row " + row + ": " + check.label() + ": " + detail;
    }
}
