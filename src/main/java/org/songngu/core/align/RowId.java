package org.songngu.core.align;

/** A row's stable identity: it survives edits around the row, unlike its position. */
public record RowId(long value) {

    public RowId {
        if (value < 0) {
            throw new IllegalArgumentException("row id " + value + " is negative");
        }
    }
}
