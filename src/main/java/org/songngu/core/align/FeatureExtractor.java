package org.songngu.core.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the lexical items of both sides' sentences against one lexicon: lexicon words and
 * phrases, numbers, and names or foreign terms that cross into the other language unchanged.
 */
final class FeatureExtractor {

    /** Words at least this long that the lexicon does not know are looked for unchanged. */
    private static final int MIN_FOREIGN_TERM_LENGTH = 5;

    private final Lexicon lexicon;
    /** Ids of numbers and unchanged words, numbered after the lexicon's phrases. */
    private final Map<String, Integer> crossingIds = new HashMap<>();

    FeatureExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** How many ids there are so far: lexicon phrases, numbers and unchanged words. */
    int idCount() {
        return lexicon.phraseCount() + crossingIds.size();
    }

    /** For each English sentence, its items, each the set of ids any of which shows its translation. */
    List<int[][]> englishItems(List<SentenceKeys> sentences) {
        List<int[][]> all = new ArrayList<>(sentences.size());
        for (SentenceKeys keys : sentences) {
            String[] words = keys.words();
            List<int[]> items = new ArrayList<>();
            for (int t = 0; t < words.length; t++) {
                if (words[t] == null) {
                    items.add(new int[] {crossingId(keys.crossing()[t])});
                    continue;
                }
                int[] single = lexicon.translations(words[t]);
                if (single.length > 0) {
                    items.add(single);
                }
                String phrase = words[t];
                for (int end = t + 1; end < words.length && words[end] != null && lexicon.continuesEnglish(phrase); end++) {
                    phrase = phrase + ' ' + words[end];
                    int[] ids = lexicon.translations(phrase);
                    if (ids.length > 0) {
                        items.add(ids);
                    }
                }
                // The crossing key is "=" and the folded word, hence the + 1.
                if (keys.capitalized()[t] || (single.length == 0 && keys.crossing()[t].length() >= MIN_FOREIGN_TERM_LENGTH + 1)) {
                    items.add(new int[] {crossingId(keys.crossing()[t])});
                }
            }
            all.add(items.toArray(new int[0][]));
        }
        return all;
    }

    /**
     * For each Vietnamese sentence, the distinct ids it shows: lexicon phrases among its
     * syllables, and numbers or words that some English sentence offers unchanged. Call after
     * {@link #englishItems}, which names those.
     */
    List<int[]> vietnameseIds(List<SentenceKeys> sentences) {
        List<int[]> all = new ArrayList<>(sentences.size());
        for (SentenceKeys keys : sentences) {
            String[] words = keys.words();
            IntList ids = new IntList();
            for (int t = 0; t < words.length; t++) {
                Integer crossing = crossingIds.get(keys.crossing()[t]);
                if (crossing != null) {
                    ids.add(crossing);
                }
                if (words[t] == null) {
                    continue;
                }
                String phrase = words[t];
                for (int end = t + 1; ; end++) {
                    int id = lexicon.phraseId(phrase);
                    if (id >= 0) {
                        ids.add(id);
                    }
                    if (end == words.length || words[end] == null || !lexicon.continuesVietnamese(phrase)) {
                        break;
                    }
                    phrase = phrase + ' ' + words[end];
                }
            }
            all.add(ids.sortedDistinct());
        }
        return all;
    }

    private int crossingId(String key) {
        return crossingIds.computeIfAbsent(key, k -> lexicon.phraseCount() + crossingIds.size());
    }

    /** A small growable list of ints for one sentence. */
    private static final class IntList {
        private int[] values = new int[16];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] sortedDistinct() {
            int[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            int distinct = 0;
            for (int i = 0; i < sorted.length; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    sorted[distinct++] = sorted[i];
                }
            }
            return Arrays.copyOf(sorted, distinct);
        }
    }
}
