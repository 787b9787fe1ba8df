package org.songngu.core.align;

import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.songngu.core.task.Cancellation;
import org.songngu.core.task.ProgressListener;

/**
 * The score of every bead that ends inside a window, computed once so that the best path and
 * the posteriors read the same numbers instead of scoring the lattice twice. Rows of the window
 * are independent, so blocks of them are scored in parallel, each block with its own scorer.
 */
final class ScoreTable {

    private static final BeadType[] TYPES = BeadType.values();
    private static final int BLOCK_ROWS = 2048;

    final Window window;
    /** [i][(j - lo[i]) * types + type]: the bead's score, or NaN where it would start outside the window. */
    private final float[][] scores;

    /** @param scores [i][(j - lo[i]) * types + type], NaN where the bead would start outside the window */
    ScoreTable(Window window, float[][] scores) {
        this.window = window;
        this.scores = scores;
    }

    static ScoreTable compute(AlignmentFeatures features, ModelParameters parameters, Window window,
            ProgressListener progress, Cancellation cancellation) {
        float[][] scores = new float[window.n + 1][];
        int blocks = window.n / BLOCK_ROWS + 1;
        AtomicLong done = new AtomicLong();
        IntStream.range(0, blocks).parallel().forEach(block -> {
            BeadScorer scorer = new BeadScorer(features, parameters);
            int last = Math.min(window.n, (block + 1) * BLOCK_ROWS - 1);
            for (int i = block * BLOCK_ROWS; i <= last; i++) {
                scores[i] = row(scorer, window, i);
                if ((i & 127) == 0) {
                    cancellation.check();
                    progress.progress(done.addAndGet(128), window.n + 1L, "aligning");
                }
            }
        });
        return new ScoreTable(window, scores);
    }

    private static float[] row(BeadScorer scorer, Window window, int i) {
        float[] row = new float[window.width(i) * TYPES.length];
        for (int j = window.lo[i]; j <= window.hi[i]; j++) {
            int at = (j - window.lo[i]) * TYPES.length;
            for (BeadType type : TYPES) {
                int pi = i - type.english();
                int pj = j - type.vietnamese();
                row[at + type.ordinal()] = pj < 0 || !window.contains(pi, pj) ? Float.NaN : (float) scorer.score(type, i, j);
            }
        }
        return row;
    }

    /** The score of the bead of {@code type} ending at (i, j); NaN where it would start outside the window. */
    double score(BeadType type, int i, int j) {
        return scores[i][(j - window.lo[i]) * TYPES.length + type.ordinal()];
    }
}
