package org.songngu.core.tm;

import java.util.List;
import java.util.stream.Collectors;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.RowStatus;
import org.songngu.core.document.Sentence;
import org.songngu.core.task.Cancellation;
import org.songngu.core.task.ProgressListener;

/** The row choice and side texts every export format shares, so that TMX and CSV agree. */
final class ExportRows {

    /** How many rows pass between two progress reports: often enough for a bar, rarely enough to cost nothing. */
    private static final int PROGRESS_EVERY = 4096;

    private static final String PROGRESS_TEXT = "Exporting rows";

    private ExportRows() {
    }

    /** Writes one row the options export; {@code index} is its place in the alignment, from 0. */
    @FunctionalInterface
    interface RowWriter<E extends Exception> {
        void write(int index, AlignmentRow row) throws E;
    }

    /**
     * Hands every row the options export to {@code writer}, in order, reporting progress and
     * stopping when cancelled; the report counts the rows written and left out.
     */
    static <E extends Exception> ExportReport each(Alignment alignment, ExportOptions options, ProgressListener progress,
            Cancellation cancellation, RowWriter<E> writer) throws E {
        int written = 0;
        int skipped = 0;
        for (int index = 0; index < alignment.size(); index++) {
            cancellation.check();
            if (index % PROGRESS_EVERY == 0) {
                progress.progress(index, alignment.size(), PROGRESS_TEXT);
            }
            AlignmentRow row = alignment.row(index);
            if (exported(row, options)) {
                writer.write(index, row);
                written++;
            } else {
                skipped++;
            }
        }
        progress.progress(alignment.size(), alignment.size(), PROGRESS_TEXT);
        return new ExportReport(written, skipped, 0);
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
