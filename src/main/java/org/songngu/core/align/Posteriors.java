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
     * The path's rows, decided and given their posterior as confidence.
     *
     * @param temperature divides every score; above 1 it softens a model whose evidence is not
     *     independent and so is over-sure
     */
    static List<Bead> of(List<Bead> path, BeadScorer scorer, int n, int m, double temperature) {
        Window window = Window.around(path, n, m, CORRIDOR_RADIUS);
        // scores[i][(j - lo) * types + type]: each bead's score, kept for the backward pass.
        float[][] scores = new float[n + 1][];
        int types = TYPES.length;
        double[][] forward = new double[n + 1][];
        for (int i = 0; i <= n; i++) {
            int width = window.width(i);
            forward[i] = new double[width];
            scores[i] = new float[width * types];
            float[] beadScores = scores[i];
            for (int j = window.lo[i]; j <= window.hi[i]; j++) {
                int at = (j - window.lo[i]) * types;
                double total = i == 0 && j == 0 ? 0 : Double.NEGATIVE_INFINITY;
                for (BeadType type : TYPES) {
                    int pi = i - type.english();
                    int pj = j - type.vietnamese();
                    if (!window.contains(pi, pj) || pj < 0) {
                        beadScores[at + type.ordinal()] = Float.NaN;
                        continue;
                    }
                    beadScores[at + type.ordinal()] = (float) (scorer.score(type, i, j) / temperature);
                    total = logAdd(total, forward[pi][pj - window.lo[pi]] + beadScores[at + type.ordinal()]);
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
                    float score = scores[ni][(nj - window.lo[ni]) * types + type.ordinal()];
                    if (!Float.isNaN(score)) {
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
                int at = (j - window.lo[i]) * types;
                float skipEnglish = scores[i][at + BeadType.ONE_ZERO.ordinal()];
                if (!Float.isNaN(skipEnglish)) {
                    englishAlone[i - 1] += Math.exp(forward[i - 1][j - window.lo[i - 1]] + skipEnglish + after);
                }
                float skipVietnamese = scores[i][at + BeadType.ZERO_ONE.ordinal()];
                if (!Float.isNaN(skipVietnamese)) {
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
                    + scores[i][(j - window.lo[i]) * types + type.ordinal()]
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
