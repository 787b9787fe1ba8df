package org.songngu.core.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.songngu.core.task.Cancellation;
import org.songngu.core.task.ProgressListener;

/**
 * Aligns English and Vietnamese sentences into beads. Two passes: the first with the built-in
 * lexicon and default model, the second with the model re-estimated on the first pass's
 * confident rows of the same document pair. Rows given as anchors are kept as they are; only the
 * stretches between them are aligned.
 */
public final class Aligner {

    /** Divides scores before they become probabilities; see docs/decisions/0003. */
    static final double TEMPERATURE = 1.5;

    /** How far the second pass may move rows away from the first pass's path. */
    static final int GUIDE_RADIUS = 4;

    private final Lexicon lexicon;

    public Aligner(Lexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    public List<Bead> align(SentenceSide english, SentenceSide vietnamese, ProgressListener progress,
            Cancellation cancellation) {
        return align(english, vietnamese, List.of(), progress, cancellation);
    }

    /**
     * @param anchors rows to keep, in document order and not overlapping; the result contains
     *     them unchanged
     */
    public List<Bead> align(SentenceSide english, SentenceSide vietnamese, List<Bead> anchors,
            ProgressListener progress, Cancellation cancellation) {
        PairKeys keys = PairKeys.of(english, vietnamese, cancellation);
        AlignmentFeatures features = AlignmentFeatures.extract(lexicon, keys, english, vietnamese);
        ModelParameters initial = ModelParameters.initial();
        List<Bead> first = alignBetweenAnchors(features, initial, anchors, List.of(), pass(progress, 0), cancellation);
        BeadScorer firstScorer = new BeadScorer(features, initial);
        List<Bead> confident = first.stream()
                .filter(b -> b.enCount() == 1 && b.viCount() == 1)
                .filter(b -> firstScorer.score(BeadType.ONE_ONE, b.enEnd(), b.viEnd()) > initial.logPrior(BeadType.ONE_ONE))
                .toList();
        Lexicon learned = lexicon.withKeys(LexiconLearner.learn(confident, keys));
        AlignmentFeatures relearned = AlignmentFeatures.extract(learned, keys, english, vietnamese);
        ModelParameters estimated = ParameterEstimator.estimate(first, confident, relearned, initial);
        return alignBetweenAnchors(relearned, estimated, anchors, first, pass(progress, 1), cancellation);
    }

    /**
     * @param guide an earlier alignment of the whole pair: when given, each stretch is searched
     *     only near it, since a better model moves rows, not whole regions
     */
    private List<Bead> alignBetweenAnchors(AlignmentFeatures features, ModelParameters parameters,
            List<Bead> anchors, List<Bead> guide, ProgressListener progress, Cancellation cancellation) {
        features.weigh(parameters.englishMatches(), parameters.vietnameseMatches());
        List<Bead> result = new ArrayList<>();
        int en = 0;
        int vi = 0;
        for (Bead anchor : anchors) {
            checkAnchor(anchor, en, vi, features);
            result.addAll(alignStretch(features, parameters, en, anchor.enStart(), vi, anchor.viStart(), guide,
                    progress, cancellation));
            result.add(anchor);
            en = anchor.enEnd();
            vi = anchor.viEnd();
        }
        result.addAll(alignStretch(features, parameters, en, features.english.length, vi, features.vietnamese.length,
                guide, progress, cancellation));
        return result;
    }

    private static List<Bead> alignStretch(AlignmentFeatures all, ModelParameters parameters, int enFrom, int enTo,
            int viFrom, int viTo, List<Bead> guide, ProgressListener progress, Cancellation cancellation) {
        if (enFrom == enTo && viFrom == viTo) {
            return List.of();
        }
        AlignmentFeatures features = all.slice(enFrom, enTo, viFrom, viTo);
        int n = enTo - enFrom;
        int m = viTo - viFrom;
        List<Bead> nearGuide = guide.stream()
                .filter(b -> b.enStart() >= enFrom && b.enEnd() <= enTo && b.viStart() >= viFrom && b.viEnd() <= viTo)
                .map(b -> new Bead(b.enStart() - enFrom, b.enCount(), b.viStart() - viFrom, b.viCount(), b.confidence()))
                .toList();
        List<Bead> scored;
        // A small lattice is searched whole again: the second pass's model may move rows further
        // than the guide's corridor reaches, and there it costs little.
        if (nearGuide.isEmpty() || (long) (n + 1) * (m + 1) <= AnchorWindow.FULL_SEARCH_LIMIT) {
            ScoreTable table = ScoreTable.compute(features, parameters, AnchorWindow.of(features, parameters, cancellation),
                    progress, cancellation);
            List<Bead> path = ViterbiSearch.search(table, cancellation);
            if (guide.isEmpty()) {
                // The first pass only guides the second; only final rows need confidences.
                scored = path;
            } else {
                ScoreTable corridor = ScoreTable.compute(features, parameters,
                        Window.around(path, n, m, Posteriors.CORRIDOR_RADIUS), ProgressListener.NONE, cancellation);
                scored = Posteriors.of(path, corridor, TEMPERATURE);
            }
        } else {
            // The corridor around the guide holds this pass's path and its alternatives alike.
            ScoreTable table = ScoreTable.compute(features, parameters, Window.around(nearGuide, n, m, GUIDE_RADIUS),
                    progress, cancellation);
            List<Bead> path = ViterbiSearch.search(table, cancellation);
            scored = Posteriors.of(path, table, TEMPERATURE);
        }
        List<Bead> shifted = new ArrayList<>(scored.size());
        for (Bead bead : scored) {
            shifted.add(new Bead(bead.enStart() + enFrom, bead.enCount(), bead.viStart() + viFrom, bead.viCount(),
                    bead.confidence()));
        }
        return shifted;
    }

    private static void checkAnchor(Bead anchor, int en, int vi, AlignmentFeatures features) {
        if (anchor.enStart() < en || anchor.viStart() < vi
                || anchor.enEnd() > features.english.length || anchor.viEnd() > features.vietnamese.length) {
            throw new IllegalArgumentException("anchor [" + anchor.enStart() + "+" + anchor.enCount() + "]:["
                    + anchor.viStart() + "+" + anchor.viCount() + "] overlaps another anchor or lies outside the documents");
        }
    }

    private static ProgressListener pass(ProgressListener progress, int pass) {
        return (done, total, what) -> progress.progress(pass * total + done, 2 * total, what);
    }
}
