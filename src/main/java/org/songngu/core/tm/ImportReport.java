package org.songngu.core.tm;

/**
 * What a reader did, so that the caller can tell the user.
 *
 * @param unitsRead units handed on, each with English or Vietnamese text or both
 * @param unitsSkipped units left out because they held neither English nor Vietnamese text
 */
public record ImportReport(int unitsRead, int unitsSkipped) {

    public ImportReport {
        if (unitsRead < 0 || unitsSkipped < 0) {
            throw new IllegalArgumentException("import counts cannot be negative: " + unitsRead + ", " + unitsSkipped);
        }
    }
}
