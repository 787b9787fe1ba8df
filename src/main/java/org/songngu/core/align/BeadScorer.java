package org.songngu.core.align;

/**
 * Scores a bead as the log-odds that its sentences translate each other against their being
 * unrelated, plus the log prior of its shape. Evidence: length (Gale–Church style, against the
 * spread of unrelated sentences), lexical items satisfied on the other side, and {@link Cue}s such as paragraph starts and
 * questions. Each cue's table compares how often translated rows and unrelated rows show it.
 * Beads with one empty side score their prior only.
 */
final class BeadScorer {

    /** How much rarer a translated row is that runs across a paragraph break than one that does not. */
    private static final double LOG_CROSSING = Math.log(0.1);

    private final AlignmentFeatures features;
    private final ModelParameters parameters;
    /** [English cue bits][Vietnamese cue bits]: log-odds of all cues together. */
    private final double[][] cueScores;
    private final LexicalScores lexical;
    private final SentenceRuns englishRuns;
    private final SentenceRuns vietnameseRuns;
    private final double halfLogLengthVariance;
    /** By Vietnamese sentence count b: half the log of the variance of b unrelated sentences' length. */
    private final double[] halfLogUnrelatedVariance = new double[BeadType.MAX_SIDE + 1];

    BeadScorer(AlignmentFeatures features, ModelParameters parameters) {
        this.features = features;
        this.parameters = parameters;
        this.lexical = new LexicalScores(features);
        this.englishRuns = features.englishRuns();
        this.vietnameseRuns = features.vietnameseRuns();
        this.halfLogLengthVariance = 0.5 * Math.log(parameters.lengthVariance());
        for (int b = 1; b <= BeadType.MAX_SIDE; b++) {
            halfLogUnrelatedVariance[b] = 0.5 * Math.log(b * features.vietnameseCharVariance);
        }
        this.cueScores = cueTable(features, parameters);
    }

    /**
     * For each cue, how likely each combination (on one side, the other, both, neither) is in a
     * translated row compared with an unrelated one; summed over the cues for every bit pattern.
     */
    private static double[][] cueTable(AlignmentFeatures features, ModelParameters parameters) {
        Cue[] cues = Cue.values();
        int patterns = 1 << cues.length;
        double[][] table = new double[patterns][patterns];
        for (Cue cue : cues) {
            double pa = clamp(features.englishCueRates[cue.ordinal()]);
            double pb = clamp(features.vietnameseCueRates[cue.ordinal()]);
            double p = (pa + pb) / 2;
            double rho = parameters.cueAgreement(cue);
            double neither = Math.log((1 - p) / ((1 - pa) * (1 - pb)));
            double onlyVietnamese = Math.log((1 - rho) * p / 2 / ((1 - pa) * pb));
            double onlyEnglish = Math.log((1 - rho) * p / 2 / (pa * (1 - pb)));
            double both = Math.log(rho * p / (pa * pb));
            for (int en = 0; en < patterns; en++) {
                for (int vi = 0; vi < patterns; vi++) {
                    boolean e = (en & cue.bit()) != 0;
                    boolean v = (vi & cue.bit()) != 0;
                    table[en][vi] += e ? (v ? both : onlyEnglish) : (v ? onlyVietnamese : neither);
                }
            }
        }
        return table;
    }

    /** The score of the bead of {@code type} ending before English sentence i and Vietnamese sentence j. */
    double score(BeadType type, int i, int j) {
        double prior = parameters.logPrior(type);
        if (!type.isPair()) {
            return prior;
        }
        int a = type.english();
        int b = type.vietnamese();
        return prior + lengthScore(i - a, a, j - b, b) + lexicalScore(i - a, a, j - b, b) + cueScore(i - a, a, j - b, b);
    }

    /** The score of English sentence s and Vietnamese sentence t as a 1–1 bead, for pairs asked for in any order. */
    double oneToOne(int s, int t) {
        return parameters.logPrior(BeadType.ONE_ONE) + lengthScore(s, 1, t, 1) + lexical.pair(s, t) + cueScore(s, 1, t, 1);
    }

    private double lengthScore(int en, int a, int vi, int b) {
        double lengthA = englishRuns.length(en, a);
        double lengthB = vietnameseRuns.length(vi, b);
        double translatedVariance = parameters.lengthVariance() * lengthA;
        double d = lengthB - parameters.lengthRatio() * lengthA;
        double translated = -d * d / (2 * translatedVariance) - halfLogLengthVariance - englishRuns.halfLogLength(en, a);
        double u = lengthB - b * (features.vietnameseMeanChars + 1);
        double unrelated = -u * u / (2 * b * features.vietnameseCharVariance) - halfLogUnrelatedVariance[b];
        // The normal densities' common factor 1/sqrt(2 pi) cancels.
        return translated - unrelated;
    }

    private double lexicalScore(int en, int a, int vi, int b) {
        double english = 0;
        for (int s = en; s < en + a; s++) {
            english += lexical.english(s, vi, b);
        }
        double vietnamese = 0;
        for (int t = vi; t < vi + b; t++) {
            vietnamese += lexical.vietnamese(t, en, a);
        }
        // Both directions see much the same evidence; their mean counts it once.
        double score = (english + vietnamese) / 2;
        return a == 2 && b == 2 ? score + lexical.inOrder(en, vi) : score;
    }

    private double cueScore(int en, int a, int vi, int b) {
        return cueScores[englishRuns.cues(en, a)][vietnameseRuns.cues(vi, b)]
                + LOG_CROSSING * (englishRuns.innerBreaks(en, a) + vietnameseRuns.innerBreaks(vi, b));
    }

    private static double clamp(double rate) {
        return Math.min(0.95, Math.max(0.02, rate));
    }
}
