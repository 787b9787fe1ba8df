package org.songngu.core.tm;

import java.util.Objects;
import org.songngu.core.align.Confidence;
import org.songngu.core.align.RowStatus;

/**
 * One translation unit as a reader found it: the English and the Vietnamese text (either may be
 * empty, not both) and what our own export recorded about the row it came from.
 *
 * @param english the English text, empty when the unit has none
 * @param vietnamese the Vietnamese text, empty when the unit has none
 * @param status the row's status; unconfirmed when the file does not say
 * @param confidence the aligner's confidence; {@link Confidence#UNKNOWN} when the file does not say
 * @param row the 1-based row number the export wrote, or 0 when the file does not say
 */
public record TmUnit(String english, String vietnamese, RowStatus status, Confidence confidence, int row) {

    public TmUnit {
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(vietnamese, "vietnamese");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(confidence, "confidence");
        if (english.isBlank() && vietnamese.isBlank()) {
            throw new IllegalArgumentException("a translation unit needs English or Vietnamese text");
        }
        if (row < 0) {
            throw new IllegalArgumentException("row number " + row + " is negative");
        }
    }
}
