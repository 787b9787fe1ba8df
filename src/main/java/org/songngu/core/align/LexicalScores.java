package org.songngu.core.align;

import java.util.Arrays;

/**
 * The lexical log-odds of one sentence against a run of one to {@link BeadType#MAX_SIDE}
 * sentences of the other side, remembered for the few most recent English sentences: beads of
 * different shapes that share a sentence and its partners read the same number again, so a
 * lattice node computes six of them instead of twenty.
 */
final class LexicalScores {

    private static final int ROWS = BeadType.MAX_SIDE + 2;
    /** Per cached (s, t): English s against t.. for 1..MAX_SIDE, then Vietnamese t against ..s. */
    private static final int SLOTS = 2 * BeadType.MAX_SIDE;

    private final AlignmentFeatures features;
    private final CellCache cells;
    private final int[] owner = new int[ROWS];
    private final int[] from = new int[ROWS];
    /** Per row, for each cached t, SLOTS scores; NaN until computed. */
    private final float[][] scores = new float[ROWS][];
    private final long[] pairMasks = new long[2];
    /** Per row, how many leading scores may have been computed since the row changed owner. */
    private final int[] used = new int[ROWS];

    LexicalScores(AlignmentFeatures features) {
        this.features = features;
        this.cells = new CellCache(features);
        Arrays.fill(owner, -1);
    }

    /** English sentence {@code s} against the Vietnamese sentences [t, t + b). */
    float english(int s, int t, int b) {
        int at = slot(s, t, b - 1);
        if (at >= 0 && !Float.isNaN(scores[s % ROWS][at])) {
            return scores[s % ROWS][at];
        }
        long mask = 0;
        for (int u = t; u < t + b; u++) {
            mask |= cells.englishSatisfied(s, u);
        }
        float score = features.english[s].lexicalScore(mask, b);
        if (at >= 0) {
            scores[s % ROWS][at] = score;
        }
        return score;
    }

    /** Vietnamese sentence {@code t} against the English sentences [s, s + a), remembered under s + a − 1. */
    float vietnamese(int t, int s, int a) {
        int last = s + a - 1;
        int at = slot(last, t, BeadType.MAX_SIDE + a - 1);
        if (at >= 0 && !Float.isNaN(scores[last % ROWS][at])) {
            return scores[last % ROWS][at];
        }
        long mask = 0;
        for (int r = s; r <= last; r++) {
            mask |= cells.vietnameseSatisfied(r, t);
        }
        float score = features.vietnamese[t].lexicalScore(mask, a);
        if (at >= 0) {
            scores[last % ROWS][at] = score;
        }
        return score;
    }

    /**
     * English sentence {@code s} and Vietnamese sentence {@code t} as a 1–1 bead, the mean of
     * both directions, without the cache: for pairs asked for out of lattice order.
     */
    float pair(int s, int t) {
        SentenceFeatures.satisfied(features.english[s], features.vietnamese[t], pairMasks, 0);
        return (features.english[s].lexicalScore(pairMasks[0], 1) + features.vietnamese[t].lexicalScore(pairMasks[1], 1)) / 2;
    }

    /** Where (s, t)'s score in this slot lives in row s's array, or -1 if t comes before the row's range. */
    private int slot(int s, int t, int slot) {
        int row = s % ROWS;
        if (owner[row] != s) {
            owner[row] = s;
            from[row] = Math.max(0, t - 2 * BeadType.MAX_SIDE);
            if (scores[row] == null) {
                scores[row] = new float[32 * SLOTS];
                Arrays.fill(scores[row], Float.NaN);
            } else {
                // Only the part in use: a row grows to the widest window it ever served, and one
                // wide rectangle of the anchored window would otherwise be cleared for every sentence.
                Arrays.fill(scores[row], 0, used[row], Float.NaN);
            }
            used[row] = 0;
        }
        int offset = t - from[row];
        if (offset < 0) {
            return -1;
        }
        if ((offset + 1) * SLOTS > scores[row].length) {
            int old = scores[row].length;
            scores[row] = Arrays.copyOf(scores[row], Math.max((offset + 1) * SLOTS, old * 2));
            Arrays.fill(scores[row], old, scores[row].length, Float.NaN);
        }
        used[row] = Math.max(used[row], (offset + 1) * SLOTS);
        return offset * SLOTS + slot;
    }
}
