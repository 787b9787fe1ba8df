package org.songngu.core.align;

/**
 * For each item key of one side, the chance that a true translation shows the item's
 * translation. Until the document pair is measured every item has the same rate. Measured, each
 * key has its own rate: a translator renders "patient" nearly always and "would" seldom, so a
 * missing "would" should cost little and a missing "patient" much.
 *
 * <p>A key's rate is its hits in confident rows, smoothed towards the rate of all items as if the
 * latter had been seen in a few more rows. How many is not set by hand ({@link #priorRows}): it
 * follows from how much the keys' observed rates spread beyond what their few observations
 * explain (a beta-binomial model fitted by moments), so a document whose words differ much in
 * how faithfully they are rendered trusts each word's own record more.
 */
final class MatchRates {

    /** A key's own record never counts for more than it would after this many rows of the overall rate. */
    private static final double MIN_PRIOR_ROWS = 1;
    private static final double MAX_RATE = 0.98;

    private final double overall;
    /** By item key; null while all items share {@link #overall}. */
    private final float[] byKey;

    private MatchRates(double overall, float[] byKey) {
        this.overall = overall;
        this.byKey = byKey;
    }

    static MatchRates uniform(double rate) {
        return new MatchRates(rate, null);
    }

    /**
     * @param overall the rate of all items together
     * @param hits by key: how often the item found its translation in confident rows
     * @param seen by key: how often the item occurred in confident rows
     */
    static MatchRates measured(double overall, int[] hits, int[] seen) {
        double priorRows = priorRows(overall, hits, seen);
        if (Double.isInfinite(priorRows)) {
            return uniform(overall);
        }
        float[] byKey = new float[seen.length];
        for (int key = 0; key < seen.length; key++) {
            byKey[key] = (float) Math.min(MAX_RATE, (hits[key] + priorRows * overall) / (seen[key] + priorRows));
        }
        return new MatchRates(overall, byKey);
    }

    /**
     * The weight of the overall rate, in rows. With true rates spread with intra-class
     * correlation ρ around the overall rate μ, a key seen n times has an observed rate of variance
     * μ(1−μ)(1/n + (1 − 1/n)ρ); averaging over keys seen at least twice and solving for ρ gives
     * the beta prior's weight 1/ρ − 1. Infinite when the rates spread no more than chance explains,
     * which a short document's few keys often cannot rule out.
     */
    static double priorRows(double overall, int[] hits, int[] seen) {
        double squares = 0;
        double inverseCounts = 0;
        int keys = 0;
        for (int key = 0; key < seen.length; key++) {
            if (seen[key] >= 2) {
                double deviation = (double) hits[key] / seen[key] - overall;
                squares += deviation * deviation;
                inverseCounts += 1.0 / seen[key];
                keys++;
            }
        }
        double binomial = overall * (1 - overall);
        if (keys == 0 || binomial <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        double meanInverse = inverseCounts / keys;
        double spread = squares / keys / binomial;
        // The spread of a few keys' rates is itself uncertain, by about sqrt(2 / keys) of it: only
        // an excess over chance of two such errors says the words really differ.
        if (spread - meanInverse <= 2 * spread * Math.sqrt(2.0 / keys)) {
            return Double.POSITIVE_INFINITY;
        }
        double correlation = (spread - meanInverse) / (1 - meanInverse);
        return Math.max(MIN_PRIOR_ROWS, 1 / correlation - 1);
    }

    double overall() {
        return overall;
    }

    double of(int key) {
        return byKey == null ? overall : byKey[key];
    }
}
