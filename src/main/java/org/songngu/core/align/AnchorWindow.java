package org.songngu.core.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import org.songngu.core.task.Cancellation;
import org.songngu.core.task.TwoCores;

/**
 * Places the part of the lattice a search visits by anchors: sentence pairs that share rare
 * evidence and that the scorer finds near-certain translations. The heaviest chain of anchors in
 * document order splits the lattice into rectangles the path must cross; searching them, widened by {@link #MARGIN}, costs the sum of their areas (linear
 * where anchors come every few sentences) and follows a run of unmatched sentences of any length,
 * which a beam that moves a few nodes per row cannot.
 */
final class AnchorWindow {

    /** Lattices up to this many nodes (about 300 sentences a side) are searched whole. */
    static final long FULL_SEARCH_LIMIT = 100_000;
    /** Ids found in more Vietnamese sentences than this tell too little to propose a pair. */
    private static final int MAX_POSTINGS = 16;
    /**
     * A sentence with nothing rare in the whole document, in a stretch the anchors leave too large,
     * looks for rare evidence within this many Vietnamese sentences either side of where it would sit.
     */
    private static final int LOCAL_RANGE = 1000;
    /** No place to look near: the sentence is not searched locally. */
    private static final int NOWHERE = -1;
    /** Item bits of the eight rarest items of a sentence, which alone propose pairs. */
    private static final long RAREST_ITEMS = 0xFF;
    /** Log-odds a proposed pair needs to be an anchor: about 150 to 1 for translation. */
    private static final double ANCHOR_SCORE = 5;
    /** How far left and right of each rectangle the search also looks, for anchors that are a little off. */
    private static final int MARGIN = 2;
    /** A rectangle larger than this is searched in a band around its diagonal instead. */
    private static final long MAX_RECTANGLE_CELLS = 2_000_000;

    /** English sentence s and Vietnamese sentence t as a 1–1 bead, with the scorer's log-odds for it. */
    private record Anchor(int s, int t, double score) {
    }

    private AnchorWindow() {
    }

    /** The window for a first search: the whole lattice when it is small, else the anchored one. */
    static Window of(AlignmentFeatures features, ModelParameters parameters, Cancellation cancellation) {
        int n = features.english.length;
        int m = features.vietnamese.length;
        if ((long) (n + 1) * (m + 1) <= FULL_SEARCH_LIMIT) {
            return Window.full(n, m);
        }
        int[][] postings = postings(features.vietnamese);
        boolean[] withoutRare = new boolean[n];
        List<Anchor> anchors = anchors(features, parameters, postings, withoutRare, cancellation);
        List<Anchor> chain = heaviestChain(anchors, m);
        if (addLocalAnchors(features, parameters, postings, chain, withoutRare, anchors, cancellation)) {
            anchors.sort(Comparator.comparingInt(Anchor::s));
            chain = heaviestChain(anchors, m);
        }
        Window window = new Window(n, m);
        Arrays.fill(window.lo, Integer.MAX_VALUE);
        Arrays.fill(window.hi, Integer.MIN_VALUE);
        for (Rectangle rectangle : rectangles(chain, n, m)) {
            cover(window, rectangle);
        }
        return window;
    }

    /**
     * The anchors from evidence rare in the whole document, in English order; the two halves of
     * the English side propose on two cores.
     */
    private static List<Anchor> anchors(AlignmentFeatures features, ModelParameters parameters, int[][] postings,
            boolean[] withoutRare, Cancellation cancellation) {
        return inHalves(features.english.length, (from, to) -> new Proposals(features, parameters, postings)
                .anchorsEverywhere(from, to, withoutRare, cancellation));
    }

    /**
     * Where the chain leaves a stretch too large to search whole, sentences with nothing rare in
     * the whole document (text that recurs throughout) look for evidence rare near where the
     * stretch's diagonal places them. Returns whether anchors were added.
     */
    private static boolean addLocalAnchors(AlignmentFeatures features, ModelParameters parameters, int[][] postings,
            List<Anchor> chain, boolean[] withoutRare, List<Anchor> anchors, Cancellation cancellation) {
        int n = features.english.length;
        int[] near = new int[n];
        Arrays.fill(near, NOWHERE);
        boolean any = false;
        for (Rectangle stretch : rectangles(chain, n, features.vietnamese.length)) {
            if (stretch.cells() > MAX_RECTANGLE_CELLS) {
                for (int s = stretch.fromI(); s < stretch.toI(); s++) {
                    if (withoutRare[s]) {
                        near[s] = stretch.fromJ() + (int) ((s - stretch.fromI() + 0.5) * stretch.slope());
                        any = true;
                    }
                }
            }
        }
        if (!any) {
            return false;
        }
        List<Anchor> local = inHalves(n, (from, to) -> new Proposals(features, parameters, postings)
                .anchorsNear(from, to, near, cancellation));
        anchors.addAll(local);
        return !local.isEmpty();
    }

    /** What {@code work} finds for the English sentences [0, n), its two halves on two cores, in order. */
    private static List<Anchor> inHalves(int n, BiFunction<Integer, Integer, List<Anchor>> work) {
        TwoCores.Results<List<Anchor>, List<Anchor>> halves = TwoCores.both(() -> work.apply(0, n / 2),
                () -> work.apply(n / 2, n));
        List<Anchor> anchors = new ArrayList<>(halves.elsewhere());
        anchors.addAll(halves.here());
        return anchors;
    }

    /** The part of the lattice between one anchor's end and the next one's start. */
    private record Rectangle(int fromI, int fromJ, int toI, int toJ) {

        long cells() {
            return (toI - fromI + 1L) * (toJ - fromJ + 1L);
        }

        /** Vietnamese sentences per English sentence along the diagonal. */
        double slope() {
            return toI == fromI ? 0 : (double) (toJ - fromJ) / (toI - fromI);
        }
    }

    /** The rectangles a chain of anchors splits the lattice into, the documents' ends included. */
    private static List<Rectangle> rectangles(List<Anchor> chain, int n, int m) {
        List<Rectangle> rectangles = new ArrayList<>(chain.size() + 1);
        int fromI = 0;
        int fromJ = 0;
        for (Anchor anchor : chain) {
            rectangles.add(new Rectangle(fromI, fromJ, anchor.s(), anchor.t()));
            fromI = anchor.s() + 1;
            fromJ = anchor.t() + 1;
        }
        rectangles.add(new Rectangle(fromI, fromJ, n, m));
        return rectangles;
    }

    /**
     * Proposes Vietnamese partners for English sentences from the evidence they share and keeps
     * those the scorer gives at least {@link #ANCHOR_SCORE} as a 1–1 bead.
     */
    private static final class Proposals {

        private final SentenceFeatures[] english;
        private final BeadScorer scorer;
        private final int[][] postings;
        /** By Vietnamese sentence: the evidence it shares with the English sentence at hand. */
        private final double[] shared;
        private final int[] touched;

        /** @param postings by id, the Vietnamese sentences showing it, in order */
        Proposals(AlignmentFeatures features, ModelParameters parameters, int[][] postings) {
            this.english = features.english;
            this.scorer = new BeadScorer(features, parameters);
            this.postings = postings;
            this.shared = new double[features.vietnamese.length];
            this.touched = new int[features.vietnamese.length];
        }

        /**
         * The anchors of English sentences [from, to) among all Vietnamese sentences, marking in
         * {@code withoutRare} those that share nothing rare in the whole document.
         */
        List<Anchor> anchorsEverywhere(int from, int to, boolean[] withoutRare, Cancellation cancellation) {
            List<Anchor> anchors = new ArrayList<>();
            for (int s = from; s < to; s++) {
                if (((s - from) & 1023) == 0) {
                    cancellation.check();
                }
                withoutRare[s] = !anchor(s, 0, shared.length, anchors);
            }
            return anchors;
        }

        /**
         * The anchors of those English sentences s in [from, to) with a place {@code near[s]}, among
         * the Vietnamese sentences within {@link #LOCAL_RANGE} of it.
         */
        List<Anchor> anchorsNear(int from, int to, int[] near, Cancellation cancellation) {
            List<Anchor> anchors = new ArrayList<>();
            for (int s = from; s < to; s++) {
                if (((s - from) & 1023) == 0) {
                    cancellation.check();
                }
                if (near[s] != NOWHERE) {
                    anchor(s, near[s] - LOCAL_RANGE, near[s] + LOCAL_RANGE + 1, anchors);
                }
            }
            return anchors;
        }

        /**
         * Adds the anchors of English sentence s among the Vietnamese sentences [from, to): the
         * one sharing the most rare evidence with it, or each of them where copies of a
         * recurring sentence tie. Returns false when nothing rare there was shared.
         */
        boolean anchor(int s, int from, int to, List<Anchor> anchors) {
            int count = share(english[s], from, to);
            double most = 0;
            for (int k = 0; k < count; k++) {
                most = Math.max(most, shared[touched[k]]);
            }
            for (int k = 0; k < count; k++) {
                int t = touched[k];
                if (shared[t] == most) {
                    double score = scorer.oneToOne(s, t);
                    if (score >= ANCHOR_SCORE) {
                        anchors.add(new Anchor(s, t, score));
                    }
                }
                shared[t] = 0;
            }
            return count > 0;
        }

        /**
         * Adds to {@link #shared} the evidence the sentence's rarest items share with the Vietnamese
         * sentences in [from, to), from ids found there in at most {@link #MAX_POSTINGS} sentences,
         * each weighted by how rare it is there; lists the sentences touched and returns their number.
         */
        private int share(SentenceFeatures sentence, int from, int to) {
            int count = 0;
            for (int k = 0; k < sentence.ids.length; k++) {
                int id = sentence.ids[k];
                // Items are kept rarest first: the rarest few say where a sentence belongs.
                if (id >= postings.length || (sentence.idItems[k] & RAREST_ITEMS) == 0) {
                    continue;
                }
                int first = firstAtLeast(postings[id], from);
                int end = firstAtLeast(postings[id], to);
                if (end == first || end - first > MAX_POSTINGS) {
                    continue;
                }
                double weight = Math.log((to - from + 1.0) / (end - first));
                for (int p = first; p < end; p++) {
                    int t = postings[id][p];
                    if (shared[t] == 0) {
                        touched[count++] = t;
                    }
                    shared[t] += weight;
                }
            }
            return count;
        }
    }

    /** By id: the Vietnamese sentences showing it, in order. */
    private static int[][] postings(SentenceFeatures[] vietnamese) {
        int maxId = -1;
        for (SentenceFeatures f : vietnamese) {
            for (int id : f.ids) {
                maxId = Math.max(maxId, id);
            }
        }
        int[] counts = new int[maxId + 1];
        for (SentenceFeatures f : vietnamese) {
            for (int id : f.ids) {
                counts[id]++;
            }
        }
        int[][] postings = new int[maxId + 1][];
        for (int id = 0; id <= maxId; id++) {
            postings[id] = new int[counts[id]];
        }
        int[] filled = new int[maxId + 1];
        for (int t = 0; t < vietnamese.length; t++) {
            for (int id : vietnamese[t].ids) {
                postings[id][filled[id]++] = t;
            }
        }
        return postings;
    }

    /** The index of the first of the ascending sentences at or after t. */
    private static int firstAtLeast(int[] sentences, int t) {
        int found = Arrays.binarySearch(sentences, t);
        return found >= 0 ? found : -found - 1;
    }

    /**
     * The anchors, given in English order, that keep both sides in order with the greatest total
     * score: a longest increasing subsequence by weight, with a Fenwick tree of the best chain
     * ending before each Vietnamese position.
     */
    private static List<Anchor> heaviestChain(List<Anchor> anchors, int m) {
        double[] tree = new double[m + 1];
        int[] treeAt = new int[m + 1];
        double[] total = new double[anchors.size()];
        int[] previous = new int[anchors.size()];
        int best = -1;
        int group = 0;
        while (group < anchors.size()) {
            // Anchors of one English sentence may not follow each other: look all up, then add all.
            int end = group;
            while (end < anchors.size() && anchors.get(end).s() == anchors.get(group).s()) {
                end++;
            }
            for (int k = group; k < end; k++) {
                double before = 0;
                previous[k] = -1;
                for (int x = anchors.get(k).t(); x > 0; x -= x & -x) {
                    if (treeAt[x] != 0 && tree[x] > before) {
                        before = tree[x];
                        previous[k] = treeAt[x] - 1;
                    }
                }
                total[k] = before + anchors.get(k).score();
                if (best < 0 || total[k] > total[best]) {
                    best = k;
                }
            }
            for (int k = group; k < end; k++) {
                for (int x = anchors.get(k).t() + 1; x <= m; x += x & -x) {
                    if (treeAt[x] == 0 || total[k] > tree[x]) {
                        tree[x] = total[k];
                        treeAt[x] = k + 1;
                    }
                }
            }
            group = end;
        }
        List<Anchor> chain = new ArrayList<>();
        for (int k = best; k >= 0; k = previous[k]) {
            chain.add(anchors.get(k));
        }
        Collections.reverse(chain);
        return chain;
    }

    /**
     * Adds a rectangle's rows between its columns, widened by {@link #MARGIN}; a rectangle too
     * large to search whole gives a band around its diagonal of the same area limit.
     */
    private static void cover(Window window, Rectangle rectangle) {
        int left = Math.max(0, rectangle.fromJ() - MARGIN);
        int right = Math.min(window.m, rectangle.toJ() + MARGIN);
        long rows = rectangle.toI() - rectangle.fromI() + 1L;
        long columns = right - left + 1L;
        // A thin rectangle is linear in size however long it is.
        boolean whole = rows * columns <= MAX_RECTANGLE_CELLS || Math.min(rows, columns) <= 4 * MARGIN;
        long halfBand = whole ? columns : Math.max(MARGIN, MAX_RECTANGLE_CELLS / rows / 2);
        for (int i = rectangle.fromI(); i <= rectangle.toI(); i++) {
            long center = Math.round(rectangle.fromJ() + rectangle.slope() * (i - rectangle.fromI()));
            window.lo[i] = (int) Math.min(window.lo[i], Math.max(left, center - halfBand));
            window.hi[i] = (int) Math.max(window.hi[i], Math.min(right, center + halfBand));
        }
    }
}
