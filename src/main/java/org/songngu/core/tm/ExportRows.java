package org.songngu.core.tm;

import java.util.List;
import java.util.stream.Collectors;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.RowStatus;
import org.songngu.core.document.Sentence;

/** The row choice and side texts every export format shares, so that TMX and CSV agree. */
final class ExportRows {

    /** How many rows pass between two progress reports: often enough for a bar, rarely enough to cost nothing. */
    static final int PROGRESS_EVERY = 4096;

    static final String PROGRESS_TEXT = "Exporting rows";

    private ExportRows() {
    }

    static boolean exported(AlignmentRow row, ExportOptions options) {
        boolean confirmed = row.status() == RowStatus.CONFIRMED;
        if (options.confirmedOnly() && !confirmed) {
            return false;
        }
        if (!confirmed && row.confidence().value() < options.minimumConfidence()) {
            return false;
        }
        if (row.isEmpty()) {
            return false;
        }
        boolean oneSided = row.english().isEmpty() || row.vietnamese().isEmpty();
        return !oneSided || options.includeOneSided();
    }

    static String text(List<Sentence> side, ExportOptions options) {
        if (side.size() == 1) {
            return side.get(0).text();
        }
        return side.stream().map(Sentence::text).collect(Collectors.joining(options.sentenceJoiner()));
    }

    static String source(AlignmentRow row, ExportOptions options) {
        return text(options.direction() == ExportOptions.Direction.EN_VI ? row.english() : row.vietnamese(), options);
    }

    static String target(AlignmentRow row, ExportOptions options) {
        return text(options.direction() == ExportOptions.Direction.EN_VI ? row.vietnamese() : row.english(), options);
    }

    static String status(AlignmentRow row) {
        return row.status() == RowStatus.CONFIRMED ? "confirmed" : "unconfirmed";
    }
}
