package org.songngu.core.tm;

/**
 * What an export did, so that the caller can tell the user.
 *
 * @param unitsWritten rows written as translation units (or CSV records)
 * @param rowsSkipped rows the options left out
 * @param charactersDropped characters the format cannot hold, left out of the text
 */
public record ExportReport(int unitsWritten, int rowsSkipped, int charactersDropped) {

    public ExportReport {
        if (unitsWritten < 0 || rowsSkipped < 0 || charactersDropped < 0) {
            throw new IllegalArgumentException("export counts cannot be negative: " + unitsWritten + ", "
                    + rowsSkipped + ", " + charactersDropped);
        }
    }
}
