package org.songngu.core.align;

import java.util.Arrays;

/**
 * Remembers which items of an English sentence s and a Vietnamese sentence t satisfy each other,
 * for the few most recent English sentences: every bead that contains both reads it again.
 */
final class CellCache {

    private static final int ROWS = BeadType.MAX_SIDE + 2;

    private final AlignmentFeatures features;
    private final int[] owner = new int[ROWS];
    private final int[] from = new int[ROWS];
    /** Per row, for each cached t: English mask, Vietnamese mask. */
    private final long[][] masks = new long[ROWS][];
    private final boolean[][] known = new boolean[ROWS][];
    /** Per row, how many leading cells may be known since the row changed owner. */
    private final int[] used = new int[ROWS];
    private final long[] scratch = new long[2];

    CellCache(AlignmentFeatures features) {
        this.features = features;
        Arrays.fill(owner, -1);
    }

    long englishSatisfied(int s, int t) {
        return cell(s, t, 0);
    }

    long vietnameseSatisfied(int s, int t) {
        return cell(s, t, 1);
    }

    private long cell(int s, int t, int half) {
        int row = s % ROWS;
        if (owner[row] != s) {
            owner[row] = s;
            from[row] = Math.max(0, t - 2 * BeadType.MAX_SIDE);
            // The row's arrays are reused: allocating them per sentence made most of the scorer's garbage.
            if (known[row] == null) {
                masks[row] = new long[64];
                known[row] = new boolean[32];
            } else {
                // Only the part in use: a row grows to the widest window it ever served.
                Arrays.fill(known[row], 0, used[row], false);
            }
            used[row] = 0;
        }
        int offset = t - from[row];
        if (offset < 0) {
            SentenceFeatures.satisfied(features.english[s], features.vietnamese[t], scratch, 0);
            return scratch[half];
        }
        if (offset >= known[row].length) {
            int capacity = Math.max(offset + 1, known[row].length * 2);
            known[row] = Arrays.copyOf(known[row], capacity);
            masks[row] = Arrays.copyOf(masks[row], capacity * 2);
        }
        if (!known[row][offset]) {
            SentenceFeatures.satisfied(features.english[s], features.vietnamese[t], masks[row], offset * 2);
            known[row][offset] = true;
            used[row] = Math.max(used[row], offset + 1);
        }
        return masks[row][offset * 2 + half];
    }
}
