package org.songngu.core.align;

import java.util.Arrays;

/**
 * The numbers of the scoring model. The first pass starts from {@link #initial}; the second pass
 * uses values re-estimated from the first pass's confident rows of the same document pair.
 *
 * @param lengthRatio Vietnamese characters per English character in translated sentences
 * @param lengthVariance variance of (vi − ratio·en) per English character
 * @param logPriors log probability of each {@link BeadType}, by ordinal
 * @param englishMatches chance that a translation shows an English item's translation
 * @param vietnameseMatches the same for Vietnamese items
 * @param cueAgreement by {@link Cue} ordinal: chance that, where a translated row shows the cue
 *     on one side, it shows it on the other side too
 */
record ModelParameters(
        double lengthRatio,
        double lengthVariance,
        double[] logPriors,
        MatchRates englishMatches,
        MatchRates vietnameseMatches,
        double[] cueAgreement) {

    /**
     * Bead shapes before anything is known of the document: mostly 1–1, with room for merges and
     * for sentences without counterpart (see docs/decisions/0003-alignment-scoring-model.md).
     */
    static final double[] DEFAULT_PRIORS = {0.80, 0.04, 0.04, 0.04, 0.04, 0.02, 0.01, 0.01};
    /**
     * Vietnamese characters per English character in translated sentences, and the variance of
     * the difference per English character: measured on the 1–1 rows of the clean dev case
     * (1.025 and 3.6; the other dev cases give 1.04–1.10 and 2.8–3.5). A property of the language
     * pair, used until the second pass measures the document itself; the documents' own character
     * ratio is no guide when one of them has whole paragraphs the other lacks.
     */
    static final double DEFAULT_LENGTH_RATIO = 1.05;
    static final double DEFAULT_LENGTH_VARIANCE = 3.6;

    ModelParameters {
        logPriors = logPriors.clone();
        cueAgreement = cueAgreement.clone();
        if (logPriors.length != BeadType.values().length) {
            throw new IllegalArgumentException("one prior per bead type is needed, got " + logPriors.length);
        }
    }

    static ModelParameters initial() {
        return new ModelParameters(DEFAULT_LENGTH_RATIO, DEFAULT_LENGTH_VARIANCE,
                Arrays.stream(DEFAULT_PRIORS).map(Math::log).toArray(), MatchRates.uniform(0.5), MatchRates.uniform(0.5),
                defaultCueAgreement());
    }

    /** Before any evidence: a translation keeps most paragraph starts, quotations and questions. */
    static double[] defaultCueAgreement() {
        double[] agreement = new double[Cue.values().length];
        Arrays.fill(agreement, 0.9);
        return agreement;
    }

    double cueAgreement(Cue cue) {
        return cueAgreement[cue.ordinal()];
    }

    double logPrior(BeadType type) {
        return logPriors[type.ordinal()];
    }
}
