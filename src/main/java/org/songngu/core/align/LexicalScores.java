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

    /** The chance that a 2–2 bead's item finds its translation in its counterpart rather than the other partner. */
    private static final double STAYS = 0.8;
    /** The chance that a 2–2 bead's two sentences swapped places in translation. */
    private static final double SWAPS = 0.2;
    private static final double LOG_TWICE_STAYS = Math.log(2 * STAYS);
    private static final double LOG_TWICE_MOVES = Math.log(2 * (1 - STAYS));
    private static final double LOG_IN_ORDER = Math.log(1 - SWAPS);
    private static final double LOG_SWAPPED = Math.log(SWAPS);

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
     * The log-odds that the 2–2 bead of English s, s + 1 and Vietnamese t, t + 1 keeps its content
     * in order, added to the scores of its sentences against both partners, which place an item's
     * translation in either partner alike. Each sentence's telling items found in its counterpart
     * (the first with the first, the second with the second) and not in the other partner count
     * for the bead, those found only in the other partner against it; a bead whose two sentences
     * swapped places is allowed with a lower prior.
     */
    float inOrder(int s, int t) {
        long en0 = cells.englishSatisfied(s, t);
        long en0Crossed = cells.englishSatisfied(s, t + 1);
        long en1 = cells.englishSatisfied(s + 1, t + 1);
        long en1Crossed = cells.englishSatisfied(s + 1, t);
        long vi0 = cells.vietnameseSatisfied(s, t);
        long vi0Crossed = cells.vietnameseSatisfied(s + 1, t);
        long vi1 = cells.vietnameseSatisfied(s + 1, t + 1);
        long vi1Crossed = cells.vietnameseSatisfied(s, t + 1);
        int kept = only(en0, en0Crossed, features.english[s]) + only(en1, en1Crossed, features.english[s + 1])
                + only(vi0, vi0Crossed, features.vietnamese[t]) + only(vi1, vi1Crossed, features.vietnamese[t + 1]);
        int moved = only(en0Crossed, en0, features.english[s]) + only(en1Crossed, en1, features.english[s + 1])
                + only(vi0Crossed, vi0, features.vietnamese[t]) + only(vi1Crossed, vi1, features.vietnamese[t + 1]);
        // Both directions see much the same evidence, so each counts half, as in the bead's score.
        double inOrder = LOG_IN_ORDER + (kept * LOG_TWICE_STAYS + moved * LOG_TWICE_MOVES) / 2;
        double swapped = LOG_SWAPPED + (moved * LOG_TWICE_STAYS + kept * LOG_TWICE_MOVES) / 2;
        double most = Math.max(inOrder, swapped);
        return (float) (most + Math.log(Math.exp(inOrder - most) + Math.exp(swapped - most)));
    }

    /** How many of the sentence's telling items {@code here} satisfies and {@code there} does not. */
    private static int only(long here, long there, SentenceFeatures sentence) {
        return Long.bitCount(here & ~there & sentence.tellingInPairs);
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
