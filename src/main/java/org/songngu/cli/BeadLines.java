package org.songngu.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.songngu.core.align.Bead;
import org.songngu.core.align.Confidence;

/** Writes rows in Vecalign's bead format with a confidence: {@code [0, 1]:[0]:0.93}. */
final class BeadLines {

    private BeadLines() {
    }

    static void write(List<Bead> rows, Writer out) {
        try {
            for (Bead row : rows) {
                out.write(line(row));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String line(Bead row) {
        return "[" + indices(row.enStart(), row.enCount()) + "]:[" + indices(row.viStart(), row.viCount()) + "]:"
                + Confidence.fourDecimals(row.confidence());
    }

    private static String indices(int start, int count) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < count; k++) {
            if (k > 0) {
                out.append(", ");
            }
            out.append(start + k);
        }
        return out.toString();
    }
}
