package org.songngu.core.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.songngu.core.task.Cancellation;

/**
 * Finds the best-scoring monotonic sequence of beads within a scored window of the lattice
 * ({@link AnchorWindow} places it for a first search), so that memory and time stay linear in
 * document length.
 */
final class ViterbiSearch {

    private static final BeadType[] TYPES = BeadType.values();

    private ViterbiSearch() {
    }

    /** The best path through a table's window; beads scoring NaN are passed over. */
    static List<Bead> search(ScoreTable table, Cancellation cancellation) {
        Window window = table.window;
        int n = window.n;
        int m = window.m;
        byte[][] back = new byte[n + 1][];
        float[][] scores = new float[BeadType.MAX_SIDE + 1][];
        for (int i = 0; i <= n; i++) {
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
                    float total = previous + (float) table.score(type, i, j);
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
            }
        }
        return backtrack(window, back, n, m);
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
