package org.songngu.core.align;

import java.util.Arrays;

/**
 * What the scorer knows of one sentence: its length, whether it opens a paragraph, and its
 * lexical items. An item is a word or phrase with the ids that would show its translation on the
 * other side; {@link #ids} lists those ids sorted, with {@link #idItems} telling which items each
 * id satisfies (one bit per item, at most 64 items, the most telling kept).
 */
final class SentenceFeatures {

    static final int MAX_ITEMS = 64;

    final int chars;
    /** The {@link Cue} bits of this sentence. */
    final int cues;
    final int[] ids;
    final long[] idItems;
    /** For each item, the chance that a random sentence of the other side satisfies it. */
    final double[] chance;
    /** For each item, its key: the same word or phrase has the same key in every sentence of a side. */
    final int[] itemKeys;
    /** [k - 1][item]: log-odds gained when the item is satisfied by k sentences of the other side. */
    final float[][] gain = new float[BeadType.MAX_SIDE][];
    /** [k - 1]: log-odds when no item is satisfied by k sentences of the other side. */
    final float[] missSum = new float[BeadType.MAX_SIDE];
    /** The items that still tell translation from chance against two sentences of the other side. */
    long tellingInPairs;

    SentenceFeatures(int chars, int cues, int[] ids, long[] idItems, double[] chance, int[] itemKeys) {
        this.chars = chars;
        this.cues = cues;
        this.ids = ids;
        this.idItems = idItems;
        this.chance = chance;
        this.itemKeys = itemKeys;
    }

    boolean has(Cue cue) {
        return (cues & cue.bit()) != 0;
    }

    int itemCount() {
        return chance.length;
    }

    /**
     * Sets the item weights for their match rates: the chance that a true translation satisfies an
     * item. An item satisfied by chance as often as by a translation weighs nothing.
     */
    void weigh(MatchRates rates) {
        float[][] g = new float[BeadType.MAX_SIDE][chance.length];
        double[] miss = new double[BeadType.MAX_SIDE];
        long telling = 0;
        for (int item = 0; item < chance.length; item++) {
            double matchRate = rates.of(itemKeys[item]);
            double logHit = Math.log(matchRate);
            double logMiss = Math.log(1 - matchRate);
            // k unrelated sentences all miss the item with (1 - chance)^k: one logarithm serves every k.
            double logAllMiss = Math.log1p(-chance[item]);
            double allMiss = 1;
            for (int k = 1; k <= BeadType.MAX_SIDE; k++) {
                allMiss *= 1 - chance[item];
                double random = 1 - allMiss;
                if (random >= matchRate) {
                    break;
                }
                double missWeight = logMiss - k * logAllMiss;
                g[k - 1][item] = (float) (logHit - Math.log(random) - missWeight);
                miss[k - 1] += missWeight;
                if (k == 2) {
                    telling |= 1L << item;
                }
            }
        }
        for (int k = 0; k < BeadType.MAX_SIDE; k++) {
            gain[k] = g[k];
            missSum[k] = (float) miss[k];
        }
        tellingInPairs = telling;
    }

    /** Log-odds of this sentence's items given which of them are satisfied by k other sentences. */
    float lexicalScore(long satisfied, int k) {
        float score = missSum[k - 1];
        float[] g = gain[k - 1];
        for (long bits = satisfied; bits != 0; bits &= bits - 1) {
            score += g[Long.numberOfTrailingZeros(bits)];
        }
        return score;
    }

    /** Items of {@code english} satisfied by {@code vietnamese} (high word) and the reverse (low word). */
    static void satisfied(SentenceFeatures english, SentenceFeatures vietnamese, long[] out, int at) {
        int[] a = english.ids;
        int[] b = vietnamese.ids;
        long enMask = 0;
        long viMask = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            int x = a[i];
            int y = b[j];
            if (x < y) {
                i++;
            } else if (x > y) {
                j++;
            } else {
                enMask |= english.idItems[i++];
                viMask |= vietnamese.idItems[j++];
            }
        }
        out[at] = enMask;
        out[at + 1] = viMask;
    }

    @Override
    public String toString() {
        return "SentenceFeatures[chars=" + chars + ", items=" + chance.length + ", ids=" + Arrays.toString(ids) + "]";
    }
}
