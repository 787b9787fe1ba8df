package org.songngu.core.align;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns scores into confidences and final rows. Forward–backward over all paths in a corridor
 * around the best one (where nearly all probability lies) gives each pair of the path its
 * posterior probability and each sentence the probability that it has no counterpart. A pair is
 * kept only where it is likelier than its sentences standing alone — the choice that maximises
 * the expected number of right rows — and rows without counterpart get that probability.
 */
final class Posteriors {

    /** How far from the best path alternatives are weighed. */
    static final int CORRIDOR_RADIUS = 4;

    private static final BeadType[] TYPES = BeadType.values();

    private Posteriors() {
    }

    /**
     * The path's rows, decided and given their posterior as confidence. The table's window must
     * hold the path and the alternatives worth weighing; {@link #CORRIDOR_RADIUS} around the path does.
     *
     * @param temperature divides every score; above 1 it softens a model whose evidence is not
     *     independent and so is over-sure
     */
    static List<Bead> of(List<Bead> path, ScoreTable table, double temperature) {
        Window window = table.window;
        int n = window.n;
        int m = window.m;
        double[][] forward = new double[n + 1][];
        for (int i = 0; i <= n; i++) {
            int width = window.width(i);
            forward[i] = new double[width];
            for (int j = window.lo[i]; j <= window.hi[i]; j++) {
                double total = i == 0 && j == 0 ? 0 : Double.NEGATIVE_INFINITY;
                for (BeadType type : TYPES) {
                    double score = table.score(type, i, j) / temperature;
                    if (!Double.isNaN(score)) {
                        total = logAdd(total, forward[i - type.english()][j - type.vietnamese() - window.lo[i - type.english()]] + score);
                    }
                }
                forward[i][j - window.lo[i]] = total;
            }
        }
        double[][] backward = new double[n + 1][];
        for (int i = n; i >= 0; i--) {
            backward[i] = new double[window.width(i)];
            for (int j = window.hi[i]; j >= window.lo[i]; j--) {
                double total = i == n && j == m ? 0 : Double.NEGATIVE_INFINITY;
                for (BeadType type : TYPES) {
                    int ni = i + type.english();
                    int nj = j + type.vietnamese();
                    if (!window.contains(ni, nj)) {
                        continue;
                    }
                    double score = table.score(type, ni, nj) / temperature;
                    if (!Double.isNaN(score)) {
                        total = logAdd(total, backward[ni][nj - window.lo[ni]] + score);
                    }
                }
                backward[i][j - window.lo[i]] = total;
            }
        }
        double z = forward[n][m - window.lo[n]];
        // The chance that each sentence has no counterpart, wherever the other side stands.
        double[] englishAlone = new double[n];
        double[] vietnameseAlone = new double[m];
        for (int i = 0; i <= n; i++) {
            for (int j = window.lo[i]; j <= window.hi[i]; j++) {
                double after = backward[i][j - window.lo[i]] - z;
                double skipEnglish = table.score(BeadType.ONE_ZERO, i, j) / temperature;
                if (!Double.isNaN(skipEnglish)) {
                    englishAlone[i - 1] += Math.exp(forward[i - 1][j - window.lo[i - 1]] + skipEnglish + after);
                }
                double skipVietnamese = table.score(BeadType.ZERO_ONE, i, j) / temperature;
                if (!Double.isNaN(skipVietnamese)) {
                    vietnameseAlone[j - 1] += Math.exp(forward[i][j - 1 - window.lo[i]] + skipVietnamese + after);
                }
            }
        }
        List<Bead> decided = new ArrayList<>(path.size());
        for (Bead bead : path) {
            int i = bead.enEnd();
            int j = bead.viEnd();
            BeadType type = BeadType.of(bead.enCount(), bead.viCount());
            double posterior = Math.exp(forward[bead.enStart()][bead.viStart() - window.lo[bead.enStart()]]
                    + table.score(type, i, j) / temperature
                    + backward[i][j - window.lo[i]] - z);
            double alone = 0;
            for (int s = bead.enStart(); s < i; s++) {
                alone += englishAlone[s];
            }
            for (int t = bead.viStart(); t < j; t++) {
                alone += vietnameseAlone[t];
            }
            if (type.isPair() && posterior >= alone) {
                decided.add(bead.withConfidence(probability(posterior)));
            } else {
                // Unpaired rows, and pairs less likely than their sentences standing alone.
                for (int s = bead.enStart(); s < i; s++) {
                    decided.add(new Bead(s, 1, bead.viStart(), 0, probability(englishAlone[s])));
                }
                for (int t = bead.viStart(); t < j; t++) {
                    decided.add(new Bead(i, 0, t, 1, probability(vietnameseAlone[t])));
                }
            }
        }
        return decided;
    }

    private static double probability(double value) {
        return Math.min(1, Math.max(0, value));
    }

    private static double logAdd(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) {
            return b;
        }
        if (b == Double.NEGATIVE_INFINITY) {
            return a;
        }
        double difference = Math.abs(a - b);
        // Beyond e^-40 the smaller term is lost in rounding anyway.
        return difference > 40 ? Math.max(a, b) : Math.max(a, b) + Math.log1p(Math.exp(-difference));
    }
}
