package org.songngu.core.align;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.songngu.core.task.TwoCores;

/**
 * The features of both sides of one alignment problem, with the document-wide statistics the
 * scorer needs: how often each id occurs on the other side, sentence length spread, paragraph rate.
 */
final class AlignmentFeatures {

    final SentenceFeatures[] english;
    final SentenceFeatures[] vietnamese;
    /** By {@link Cue} ordinal: the share of sentences with that cue on each side. */
    final double[] englishCueRates;
    final double[] vietnameseCueRates;
    final double vietnameseMeanChars;
    final double vietnameseCharVariance;
    /** How many item keys each side's sentences may use ({@link SentenceFeatures#itemKeys}). */
    final int englishKeyCount;
    final int vietnameseKeyCount;
    private SentenceRuns englishRuns;
    private SentenceRuns vietnameseRuns;

    private AlignmentFeatures(SentenceFeatures[] english, SentenceFeatures[] vietnamese, int englishKeyCount,
            int vietnameseKeyCount) {
        this.english = english;
        this.vietnamese = vietnamese;
        this.englishKeyCount = englishKeyCount;
        this.vietnameseKeyCount = vietnameseKeyCount;
        this.englishCueRates = cueRates(english);
        this.vietnameseCueRates = cueRates(vietnamese);
        this.vietnameseMeanChars = Arrays.stream(vietnamese).mapToInt(f -> f.chars).average().orElse(1);
        double variance = Arrays.stream(vietnamese)
                .mapToDouble(f -> (f.chars - vietnameseMeanChars) * (f.chars - vietnameseMeanChars))
                .sum() / Math.max(1, vietnamese.length - 1);
        this.vietnameseCharVariance = Math.max(variance, 1);
    }

    private AlignmentFeatures(SentenceFeatures[] english, SentenceFeatures[] vietnamese, AlignmentFeatures whole) {
        this.english = english;
        this.vietnamese = vietnamese;
        this.englishCueRates = whole.englishCueRates;
        this.vietnameseCueRates = whole.vietnameseCueRates;
        this.vietnameseMeanChars = whole.vietnameseMeanChars;
        this.vietnameseCharVariance = whole.vietnameseCharVariance;
        this.englishKeyCount = whole.englishKeyCount;
        this.vietnameseKeyCount = whole.vietnameseKeyCount;
    }

    /** The sentences [enFrom, enTo) and [viFrom, viTo), keeping the statistics of the whole documents. */
    AlignmentFeatures slice(int enFrom, int enTo, int viFrom, int viTo) {
        if (enFrom == 0 && viFrom == 0 && enTo == english.length && viTo == vietnamese.length) {
            return this;
        }
        return new AlignmentFeatures(Arrays.copyOfRange(english, enFrom, enTo),
                Arrays.copyOfRange(vietnamese, viFrom, viTo), this);
    }

    static AlignmentFeatures extract(Lexicon lexicon, PairKeys keys, SentenceSide en, SentenceSide vi) {
        FeatureExtractor extractor = new FeatureExtractor(lexicon, keys);
        List<FeatureExtractor.Items> englishItems = extractor.englishItems(keys.english);
        List<int[]> vietnameseIds = extractor.vietnameseIds(keys.vietnamese);

        int[] vietnameseFrequency = new int[extractor.idCount()];
        for (int[] ids : vietnameseIds) {
            for (int id : ids) {
                vietnameseFrequency[id]++;
            }
        }
        int[] englishFrequency = new int[extractor.idCount()];
        int[] lastCounted = new int[extractor.idCount()];
        for (int s = 0; s < englishItems.size(); s++) {
            for (int[] item : englishItems.get(s).ids()) {
                for (int id : item) {
                    // Count each sentence once per id, however many of its items show it.
                    if (lastCounted[id] != s + 1) {
                        lastCounted[id] = s + 1;
                        englishFrequency[id]++;
                    }
                }
            }
        }

        double m = vi.size();
        SentenceFeatures[] english = new SentenceFeatures[en.size()];
        IntStream.range(0, english.length).parallel().forEach(s -> {
            int[][] items = englishItems.get(s).ids();
            double[] chance = new double[items.length];
            for (int item = 0; item < items.length; item++) {
                double none = 1;
                for (int id : items[item]) {
                    none *= 1 - vietnameseFrequency[id] / (m + 1);
                }
                chance[item] = 1 - none;
            }
            english[s] = build(en, s, items, englishItems.get(s).keys(), chance, m + 1, vietnameseFrequency);
        });
        double n = en.size();
        SentenceFeatures[] vietnamese = new SentenceFeatures[vi.size()];
        IntStream.range(0, vietnamese.length).parallel().forEach(s -> {
            int[] ids = vietnameseIds.get(s);
            int[][] items = new int[ids.length][];
            double[] chance = new double[ids.length];
            for (int item = 0; item < ids.length; item++) {
                items[item] = new int[] {ids[item]};
                chance[item] = englishFrequency[ids[item]] / (n + 1);
            }
            vietnamese[s] = build(vi, s, items, ids, chance, n + 1, englishFrequency);
        });
        return new AlignmentFeatures(english, vietnamese, extractor.englishKeyCount(), extractor.idCount());
    }

    /**
     * Keeps the items that can be satisfied somewhere on the other side, most telling (rarest)
     * first, at most {@link SentenceFeatures#MAX_ITEMS}, and indexes them by id.
     */
    private static SentenceFeatures build(SentenceSide side, int s, int[][] items, int[] itemKeys, double[] chance,
            double otherSize, int[] otherFrequency) {
        int[] order = rarestFirst(chance, SentenceFeatures.MAX_ITEMS);
        double[] kept = new double[order.length];
        int[] keptKeys = new int[order.length];
        int pairCount = 0;
        for (int item : order) {
            pairCount += items[item].length;
        }
        // (id, item bit) pairs packed into longs, sorted by id, then folded into one mask per id.
        long[] pairs = new long[pairCount];
        int p = 0;
        for (int bit = 0; bit < order.length; bit++) {
            // Half a sentence of smoothing: an id seen once is rare, never impossible.
            kept[bit] = Math.max(chance[order[bit]], 0.5 / otherSize);
            keptKeys[bit] = itemKeys[order[bit]];
            for (int id : items[order[bit]]) {
                // An id the other side never shows can satisfy nothing: leaving it out keeps the
                // merge of two sentences' ids, done for every node of the lattice, short.
                if (otherFrequency[id] > 0) {
                    pairs[p++] = ((long) id << 6) | bit;
                }
            }
        }
        pairs = Arrays.copyOf(pairs, p);
        Arrays.sort(pairs);
        int[] ids = new int[pairs.length];
        long[] idItems = new long[pairs.length];
        int distinct = -1;
        for (long pair : pairs) {
            int id = (int) (pair >>> 6);
            if (distinct < 0 || ids[distinct] != id) {
                ids[++distinct] = id;
            }
            idItems[distinct] |= 1L << (pair & 63);
        }
        String text = side.sentences().get(s);
        List<Boolean> starts = side.paragraphStarts();
        boolean paragraphEnd = s + 1 == starts.size() || starts.get(s + 1);
        return new SentenceFeatures(text.length(), Cue.of(text, starts.get(s), paragraphEnd),
                Arrays.copyOf(ids, distinct + 1), Arrays.copyOf(idItems, distinct + 1), kept, keptKeys);
    }

    /** Indices of the items with a chance above zero, lowest chance first, at most {@code limit}. */
    private static int[] rarestFirst(double[] chance, int limit) {
        int[] order = new int[chance.length];
        int size = 0;
        for (int item = 0; item < chance.length; item++) {
            if (chance[item] <= 0) {
                continue;
            }
            // Insertion sort: a sentence has a few dozen items, and this runs for every sentence.
            int at = size++;
            while (at > 0 && chance[order[at - 1]] > chance[item]) {
                order[at] = order[at - 1];
                at--;
            }
            order[at] = item;
        }
        return Arrays.copyOf(order, Math.min(size, limit));
    }

    /** The English side's runs, worked out on first use and shared by all scorers of these features. */
    synchronized SentenceRuns englishRuns() {
        if (englishRuns == null) {
            englishRuns = new SentenceRuns(english);
        }
        return englishRuns;
    }

    synchronized SentenceRuns vietnameseRuns() {
        if (vietnameseRuns == null) {
            vietnameseRuns = new SentenceRuns(vietnamese);
        }
        return vietnameseRuns;
    }

    /** Sets the item weights of both sides, the English one on another core. */
    void weigh(MatchRates englishRates, MatchRates vietnameseRates) {
        TwoCores.both(() -> {
            for (SentenceFeatures f : english) {
                f.weigh(englishRates);
            }
        }, () -> {
            for (SentenceFeatures f : vietnamese) {
                f.weigh(vietnameseRates);
            }
        });
    }

    private static double[] cueRates(SentenceFeatures[] side) {
        double[] rates = new double[Cue.values().length];
        for (Cue cue : Cue.values()) {
            long count = Arrays.stream(side).filter(f -> f.has(cue)).count();
            rates[cue.ordinal()] = side.length == 0 ? 0.5 : (double) count / side.length;
        }
        return rates;
    }
}
