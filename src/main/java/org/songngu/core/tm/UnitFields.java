package org.songngu.core.tm;

import java.util.Locale;
import org.songngu.core.align.Confidence;
import org.songngu.core.align.RowStatus;

/**
 * Parses what our exports write about a row (status, confidence, row number), the same way for TMX
 * properties and CSV columns. A value that does not parse is refused, not guessed: it names the
 * field so that the reader can add the file and line.
 */
final class UnitFields {

    private UnitFields() {
    }

    static RowStatus status(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "confirmed" -> RowStatus.CONFIRMED;
            case "unconfirmed", "" -> RowStatus.UNCONFIRMED;
            default -> throw new IllegalArgumentException("status '" + value + "' is not confirmed or unconfirmed");
        };
    }

    static Confidence confidence(String value) {
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            return Confidence.UNKNOWN;
        }
        double parsed;
        try {
            parsed = Double.parseDouble(stripped);
        } catch (NumberFormatException e) {
            parsed = Double.NaN;
        }
        if (!(parsed >= 0 && parsed <= 1)) {
            throw new IllegalArgumentException("confidence '" + value + "' is not a number from 0 to 1");
        }
        return new Confidence(parsed);
    }

    static int row(String value) {
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            return 0;
        }
        try {
            int parsed = Integer.parseInt(stripped);
            if (parsed >= 1) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // refused below, with the value in the message
        }
        throw new IllegalArgumentException("row '" + value + "' is not a row number of 1 or more");
    }

    /** A language code names English or Vietnamese when its primary subtag does: en, en-US, EN_GB, vi-VN. */
    static Side side(String languageCode) {
        String primary = languageCode.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return switch (primary) {
            case "en", "eng" -> Side.ENGLISH;
            case "vi", "vie" -> Side.VIETNAMESE;
            default -> Side.OTHER;
        };
    }

    enum Side {
        ENGLISH,
        VIETNAMESE,
        OTHER
    }
}
