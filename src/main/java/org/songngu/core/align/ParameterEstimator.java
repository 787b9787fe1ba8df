package org.songngu.core.align;

import java.util.Arrays;
import java.util.List;

/**
 * Re-estimates the model from a first alignment of the same document pair: its length ratio and
 * spread, how often each bead shape occurs, how often items find their translation, and how well
 * cues agree. Counts are smoothed towards the initial values, so a short document
 * keeps sensible numbers.
 */
final class ParameterEstimator {

    /** Weight of the initial values, in rows. */
    private static final double PRIOR_WEIGHT = 20;

    private ParameterEstimator() {
    }

    /**
     * @param beads the first pass's rows, for the frequency of each shape
     * @param confident its 1–1 rows whose evidence favours translation over chance, for the rest
     */
    static ModelParameters estimate(List<Bead> beads, List<Bead> confident, AlignmentFeatures features,
            ModelParameters initial) {
        double[] typeCounts = new double[BeadType.values().length];
        double enChars = 0;
        double viChars = 0;
        double squaredError = 0;
        int pairs = 0;
        int[] enKeyHits = new int[features.englishKeyCount];
        int[] enKeySeen = new int[features.englishKeyCount];
        int[] viKeyHits = new int[features.vietnameseKeyCount];
        int[] viKeySeen = new int[features.vietnameseKeyCount];
        double[] bothShow = new double[Cue.values().length];
        double[] oneShows = new double[Cue.values().length];
        for (Bead bead : beads) {
            typeCounts[BeadType.of(bead.enCount(), bead.viCount()).ordinal()]++;
        }
        for (Bead bead : confident) {
            SentenceFeatures en = features.english[bead.enStart()];
            SentenceFeatures vi = features.vietnamese[bead.viStart()];
            pairs++;
            enChars += en.chars + 1;
            viChars += vi.chars + 1;
            long[] masks = new long[2];
            SentenceFeatures.satisfied(en, vi, masks, 0);
            count(en, masks[0], enKeyHits, enKeySeen);
            count(vi, masks[1], viKeyHits, viKeySeen);
            for (Cue cue : Cue.values()) {
                if (en.has(cue) && vi.has(cue)) {
                    bothShow[cue.ordinal()]++;
                } else if (en.has(cue) || vi.has(cue)) {
                    oneShows[cue.ordinal()]++;
                }
            }
        }
        if (pairs == 0) {
            return initial;
        }
        double ratio = viChars / enChars;
        for (Bead bead : confident) {
            double a = features.english[bead.enStart()].chars + 1;
            double b = features.vietnamese[bead.viStart()].chars + 1;
            squaredError += (b - ratio * a) * (b - ratio * a);
        }
        double variance = (squaredError + PRIOR_WEIGHT * initial.lengthVariance() * enChars / pairs)
                / (enChars + PRIOR_WEIGHT * enChars / pairs);
        double[] logPriors = new double[typeCounts.length];
        for (int t = 0; t < typeCounts.length; t++) {
            logPriors[t] = Math.log((typeCounts[t] + PRIOR_WEIGHT * ModelParameters.DEFAULT_PRIORS[t])
                    / (beads.size() + PRIOR_WEIGHT));
        }
        return new ModelParameters(
                ratio,
                variance,
                logPriors,
                matchRates(enKeyHits, enKeySeen, initial.englishMatches()),
                matchRates(viKeyHits, viKeySeen, initial.vietnameseMatches()),
                cueAgreement(bothShow, oneShows, initial));
    }

    private static void count(SentenceFeatures sentence, long satisfied, int[] hits, int[] seen) {
        for (int item = 0; item < sentence.itemCount(); item++) {
            int key = sentence.itemKeys[item];
            seen[key]++;
            if ((satisfied & (1L << item)) != 0) {
                hits[key]++;
            }
        }
    }

    private static MatchRates matchRates(int[] hits, int[] seen, MatchRates initial) {
        double overall = smoothed(Arrays.stream(hits).sum(), Arrays.stream(seen).sum(), initial.overall());
        return MatchRates.measured(overall, hits, seen);
    }

    private static double[] cueAgreement(double[] both, double[] one, ModelParameters initial) {
        double[] agreement = new double[both.length];
        for (Cue cue : Cue.values()) {
            int c = cue.ordinal();
            agreement[c] = Math.max(0.5, smoothed(both[c], both[c] + one[c], initial.cueAgreement(cue)));
        }
        return agreement;
    }

    private static double smoothed(double hits, double total, double initial) {
        return Math.min(0.98, (hits + PRIOR_WEIGHT * initial) / (total + PRIOR_WEIGHT));
    }
}
