package org.songngu.core.align;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.songngu.core.task.TwoCores;

/**
 * Turns scores into confidences and final rows. Forward–backward over all paths in a corridor
 * around the best one (where nearly all probability lies) gives each pair of the path its
 * posterior probability and each sentence the probability that it has no counterpart. A pair is
 * kept only where it is likelier than its sentences standing alone (see {@link #keepsPair});
 * otherwise its sentences are cut into the smaller rows worth most. Rows without counterpart get
 * the probability that their sentence stands alone.
 */
final class Posteriors {

    /** How far from the best path alternatives are weighed. */
    static final int CORRIDOR_RADIUS = 4;

    private static final BeadType[] TYPES = BeadType.values();
    /**
     * Rows tried for a block, first kept on a tie: sentences alone before pairs, and English ones
     * written before Vietnamese ones, as a path writes them.
     */
    private static final BeadType[] BLOCK_ORDER = {BeadType.ZERO_ONE, BeadType.ONE_ZERO, BeadType.ONE_ONE,
            BeadType.TWO_ONE, BeadType.ONE_TWO, BeadType.TWO_TWO, BeadType.THREE_ONE, BeadType.ONE_THREE};

    /**
     * The path's rows, decided and given their posterior as confidence. The table's window must
     * hold the path and the alternatives worth weighing; {@link #CORRIDOR_RADIUS} around the path does.
     *
     * @param temperature divides every score; above 1 it softens a model whose evidence is not
     *     independent and so is over-sure
     */
    static List<Bead> of(List<Bead> path, ScoreTable table, double temperature) {
        return new Posteriors(table, temperature).decide(path);
    }

    private final ScoreTable table;
    private final Window window;
    private final double temperature;
    /** [i][j - lo[i]]: log of the summed probability of all paths from (0, 0) to (i, j). */
    private final double[][] forward;
    /** [i][j - lo[i]]: log of the summed probability of all paths from (i, j) to the end. */
    private final double[][] backward;
    /** Log of the summed probability of all paths. */
    private final double z;

    private Posteriors(ScoreTable table, double temperature) {
        this.table = table;
        this.window = table.window;
        this.temperature = temperature;
        this.forward = new double[window.n + 1][];
        this.backward = new double[window.n + 1][];
        // The two sweeps are independent: the backward one runs on another core.
        TwoCores.both(this::sweepBackward, this::sweepForward);
        this.z = forward[window.n][window.m - window.lo[window.n]];
    }

    private double score(BeadType type, int i, int j) {
        return table.score(type, i, j) / temperature;
    }

    private void sweepForward() {
        for (int i = 0; i <= window.n; i++) {
            forward[i] = new double[window.width(i)];
            for (int j = window.lo[i]; j <= window.hi[i]; j++) {
                double total = i == 0 && j == 0 ? 0 : Double.NEGATIVE_INFINITY;
                for (BeadType type : TYPES) {
                    double score = score(type, i, j);
                    if (!Double.isNaN(score)) {
                        int pi = i - type.english();
                        total = logAdd(total, forward[pi][j - type.vietnamese() - window.lo[pi]] + score);
                    }
                }
                forward[i][j - window.lo[i]] = total;
            }
        }
    }

    private void sweepBackward() {
        for (int i = window.n; i >= 0; i--) {
            backward[i] = new double[window.width(i)];
            for (int j = window.hi[i]; j >= window.lo[i]; j--) {
                double total = i == window.n && j == window.m ? 0 : Double.NEGATIVE_INFINITY;
                for (BeadType type : TYPES) {
                    int ni = i + type.english();
                    int nj = j + type.vietnamese();
                    if (window.contains(ni, nj)) {
                        double score = score(type, ni, nj);
                        if (!Double.isNaN(score)) {
                            total = logAdd(total, backward[ni][nj - window.lo[ni]] + score);
                        }
                    }
                }
                backward[i][j - window.lo[i]] = total;
            }
        }
    }

    /** The chance that each sentence of one side has no counterpart, wherever the other side stands. */
    private double[] alone(BeadType skip) {
        double[] alone = new double[skip == BeadType.ONE_ZERO ? window.n : window.m];
        for (int i = 0; i <= window.n; i++) {
            for (int j = window.lo[i]; j <= window.hi[i]; j++) {
                double score = score(skip, i, j);
                if (!Double.isNaN(score)) {
                    int pi = i - skip.english();
                    int pj = j - skip.vietnamese();
                    alone[skip == BeadType.ONE_ZERO ? pi : pj] += Math.exp(forward[pi][pj - window.lo[pi]] + score
                            + backward[i][j - window.lo[i]] - z);
                }
            }
        }
        return alone;
    }

    private List<Bead> decide(List<Bead> path) {
        double[] englishAlone = alone(BeadType.ONE_ZERO);
        double[] vietnameseAlone = alone(BeadType.ZERO_ONE);
        List<Bead> decided = new ArrayList<>(path.size());
        for (Bead bead : path) {
            BeadType type = BeadType.of(bead.enCount(), bead.viCount());
            double alone = 0;
            for (int s = bead.enStart(); s < bead.enEnd(); s++) {
                alone += englishAlone[s];
            }
            for (int t = bead.viStart(); t < bead.viEnd(); t++) {
                alone += vietnameseAlone[t];
            }
            if (!type.isPair()) {
                decided.add(bead.withConfidence(probability(alone)));
                continue;
            }
            double posterior = posterior(type, bead.enEnd(), bead.viEnd());
            if (keepsPair(posterior, alone, bead.enCount() + bead.viCount())) {
                decided.add(bead.withConfidence(probability(posterior)));
            } else {
                decided.addAll(new Block(bead, englishAlone, vietnameseAlone).rows());
            }
        }
        return decided;
    }

    /** The probability of the bead of {@code type} ending at (i, j); 0 where the window lacks it. */
    private double posterior(BeadType type, int i, int j) {
        int pi = i - type.english();
        int pj = j - type.vietnamese();
        if (!window.contains(i, j) || !window.contains(pi, pj) || Double.isNaN(score(type, i, j))) {
            return 0;
        }
        return Math.exp(forward[pi][pj - window.lo[pi]] + score(type, i, j) + backward[i][j - window.lo[i]] - z);
    }

    /**
     * The rows that replace a path row not kept: among all ways to cut its sentences into smaller
     * rows, the one worth most, with each row valued as {@link #keepsPair} values it (a pair by
     * its probability times half its sentences, a sentence alone by the chance that it is). A
     * 2–2 row that loses to its sentences alone may still hold a likely 1–1 pair; writing all
     * four sentences unaligned would make each surely wrong.
     */
    private final class Block {

        private final Bead bead;
        private final double[] englishAlone;
        private final double[] vietnameseAlone;
        /** [a][b]: the best value of rows covering the block's first a English and b Vietnamese sentences. */
        private final double[][] best;
        private final BeadType[][] last;

        Block(Bead bead, double[] englishAlone, double[] vietnameseAlone) {
            this.bead = bead;
            this.englishAlone = englishAlone;
            this.vietnameseAlone = vietnameseAlone;
            this.best = new double[bead.enCount() + 1][bead.viCount() + 1];
            this.last = new BeadType[bead.enCount() + 1][bead.viCount() + 1];
            for (int a = 0; a <= bead.enCount(); a++) {
                for (int b = 0; b <= bead.viCount(); b++) {
                    best[a][b] = a == 0 && b == 0 ? 0 : Double.NEGATIVE_INFINITY;
                    for (BeadType type : BLOCK_ORDER) {
                        int pa = a - type.english();
                        int pb = b - type.vietnamese();
                        boolean whole = pa == 0 && pb == 0 && a == bead.enCount() && b == bead.viCount();
                        if (pa >= 0 && pb >= 0 && !whole && best[pa][pb] + value(type, a, b) > best[a][b]) {
                            best[a][b] = best[pa][pb] + value(type, a, b);
                            last[a][b] = type;
                        }
                    }
                }
            }
        }

        /** What a row is worth; a pair the window does not hold is worth nothing and never chosen. */
        private double value(BeadType type, int a, int b) {
            if (!type.isPair()) {
                return type == BeadType.ONE_ZERO ? englishAlone[bead.enStart() + a - 1] : vietnameseAlone[bead.viStart() + b - 1];
            }
            double posterior = posterior(type, bead.enStart() + a, bead.viStart() + b);
            return posterior > 0 ? posterior * (type.english() + type.vietnamese()) / 2 : Double.NEGATIVE_INFINITY;
        }

        List<Bead> rows() {
            List<Bead> rows = new ArrayList<>();
            for (int a = bead.enCount(), b = bead.viCount(); a > 0 || b > 0; ) {
                BeadType type = last[a][b];
                int pa = a - type.english();
                int pb = b - type.vietnamese();
                double confidence = type.isPair() ? posterior(type, bead.enStart() + a, bead.viStart() + b) : value(type, a, b);
                rows.add(new Bead(bead.enStart() + pa, type.english(), bead.viStart() + pb, type.vietnamese(),
                        probability(confidence)));
                a = pa;
                b = pb;
            }
            Collections.reverse(rows);
            return rows;
        }
    }

    /**
     * Whether a pair of {@code sentences} sentences is kept rather than its sentences standing
     * alone, whose probabilities sum to {@code alone}. For a 1–1 row: when it is at least as
     * likely as its two sentences alone together, which maximises the expected number of right
     * rows. A larger row is weighed against its sentences' mean, scaled to two: summing them
     * held a 2–2 row to four sentences, twice a 1–1 row's bar, and broke true 2–2 rows into
     * singles that were rarely right.
     */
    static boolean keepsPair(double posterior, double alone, int sentences) {
        return posterior >= alone * 2 / sentences;
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
