package org.songngu.core.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.songngu.core.task.Cancellation;
import org.songngu.core.task.ProgressListener;

/**
 * Finds the best-scoring monotonic sequence of beads. Small problems search the whole lattice;
 * large ones a beam that follows the best paths row by row, so memory stays linear: each row is
 * searched where the previous row came within {@link #BEAM_SCORE_MARGIN} of its best score,
 * widened by {@link #BEAM_SLACK} so that runs of unmatched sentences can be followed.
 */
final class ViterbiSearch {

    /** Lattices up to this many nodes are searched whole. */
    static final long FULL_SEARCH_LIMIT = 4_000_000;
    /** The widest a beam row may grow on either side of its best node. */
    static final int BEAM_HALF_WIDTH = 60;
    /** Nodes scoring this far (in log-odds) below a row's best are not followed. */
    static final float BEAM_SCORE_MARGIN = 20;
    /** How far beyond the followed nodes the next row is searched. */
    static final int BEAM_SLACK = 4;

    private static final BeadType[] TYPES = BeadType.values();

    private ViterbiSearch() {
    }

    static List<Bead> search(BeadScores scorer, int n, int m, ProgressListener progress, Cancellation cancellation) {
        boolean full = (long) (n + 1) * (m + 1) <= FULL_SEARCH_LIMIT;
        return search(scorer, full ? Window.full(n, m) : new Window(n, m), !full, progress, cancellation);
    }

    /** The best path through a table's window. */
    static List<Bead> search(ScoreTable table, Cancellation cancellation) {
        return search(table, table.window, false, ProgressListener.NONE, cancellation);
    }

    /**
     * Searches within a given window, or, with {@code beam}, places each row's window as it goes.
     * Beads scoring NaN are passed over.
     */
    static List<Bead> search(BeadScores scorer, Window window, boolean beam, ProgressListener progress,
            Cancellation cancellation) {
        int n = window.n;
        int m = window.m;
        byte[][] back = new byte[n + 1][];
        float[][] scores = new float[BeadType.MAX_SIDE + 1][];
        for (int i = 0; i <= n; i++) {
            if (beam) {
                placeBeam(window, i, i == 0 ? null : scores[(i - 1) % scores.length]);
            }
            float[] row = new float[window.width(i)];
            byte[] rowBack = new byte[row.length];
            Arrays.fill(row, Float.NEGATIVE_INFINITY);
            scores[i % scores.length] = row;
            back[i] = rowBack;
            for (int j = window.lo[i]; j <= window.hi[i]; j++) {
                if (i == 0 && j == 0) {
                    row[0] = 0;
                    continue;
                }
                float best = Float.NEGATIVE_INFINITY;
                int bestType = -1;
                for (BeadType type : TYPES) {
                    int pi = i - type.english();
                    int pj = j - type.vietnamese();
                    if (pi < 0 || pj < 0 || !window.contains(pi, pj)) {
                        continue;
                    }
                    float previous = scores[pi % scores.length][pj - window.lo[pi]];
                    if (previous == Float.NEGATIVE_INFINITY) {
                        continue;
                    }
                    float total = previous + (float) scorer.score(type, i, j);
                    // False for NaN too.
                    if (total > best) {
                        best = total;
                        bestType = type.ordinal();
                    }
                }
                row[j - window.lo[i]] = best;
                rowBack[j - window.lo[i]] = (byte) bestType;
            }
            if ((i & 127) == 0) {
                cancellation.check();
                progress.progress(i, n, "aligning");
            }
        }
        return backtrack(window, back, n, m);
    }

    /** Places row i's window over the nodes of row i − 1 worth following; windows only move forward. */
    private static void placeBeam(Window window, int i, float[] previous) {
        if (i == 0) {
            window.lo[0] = 0;
            window.hi[0] = Math.min(window.m, BEAM_SLACK);
            return;
        }
        int best = 0;
        for (int k = 1; k < previous.length; k++) {
            if (previous[k] > previous[best]) {
                best = k;
            }
        }
        float floor = previous[best] - BEAM_SCORE_MARGIN;
        int first = best;
        while (first > 0 && best - first < BEAM_HALF_WIDTH && previous[first - 1] >= floor) {
            first--;
        }
        int last = best;
        while (last < previous.length - 1 && last - best < BEAM_HALF_WIDTH && previous[last + 1] >= floor) {
            last++;
        }
        int base = window.lo[i - 1];
        window.lo[i] = Math.max(base, base + first - BEAM_SLACK);
        window.hi[i] = i == window.n ? window.m : Math.min(window.m, base + last + BEAM_SLACK);
    }

    private static List<Bead> backtrack(Window window, byte[][] back, int n, int m) {
        List<Bead> beads = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            int type = back[i][j - window.lo[i]];
            if (type < 0) {
                throw new IllegalStateException("no alignment path reaches (" + i + ", " + j + ")");
            }
            BeadType bead = TYPES[type];
            i -= bead.english();
            j -= bead.vietnamese();
            beads.add(new Bead(i, bead.english(), j, bead.vietnamese(), 0));
        }
        Collections.reverse(beads);
        return beads;
    }
}
