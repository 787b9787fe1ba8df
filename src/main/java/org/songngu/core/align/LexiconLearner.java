package org.songngu.core.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns translation pairs from the document pair itself: English words and Vietnamese syllables
 * or syllable pairs that keep turning up together in the rows a first pass aligned with
 * confidence. Association is the Dice coefficient over those rows.
 */
final class LexiconLearner {

    /** Rows read at most: enough to learn a document's recurring words, cheap on long documents. */
    static final int MAX_ROWS = 2000;
    static final int MIN_TOGETHER = 3;
    static final double MIN_DICE = 0.6;
    /** Words in more than this share of rows are function words: too common to learn from. */
    static final double MAX_ROW_SHARE = 0.2;

    private LexiconLearner() {
    }

    /** Pairs of (English key, Vietnamese key) learned from these 1–1 rows. */
    static Map<String, String> learn(List<Bead> rows, PairKeys keys) {
        VietnameseTerms terms = new VietnameseTerms(keys.vietnameseWords);
        int step = Math.max(1, rows.size() / MAX_ROWS);
        List<int[]> englishRows = new ArrayList<>();
        List<int[]> vietnameseRows = new ArrayList<>();
        for (int r = 0; r < rows.size(); r += step) {
            Bead row = rows.get(r);
            englishRows.add(distinct(keys.english.get(row.enStart()).words()));
            vietnameseRows.add(terms.of(keys.vietnamese.get(row.viStart()).words()));
        }
        int n = englishRows.size();
        int[] englishCounts = counts(englishRows, keys.englishWords.size());
        int[] vietnameseCounts = counts(vietnameseRows, terms.size());

        // For each learnable English word, the rows it occurs in.
        Map<Integer, List<Integer>> rowsOf = new HashMap<>();
        for (int r = 0; r < n; r++) {
            for (int e : englishRows.get(r)) {
                if (learnable(englishCounts[e], n)) {
                    rowsOf.computeIfAbsent(e, k -> new ArrayList<>()).add(r);
                }
            }
        }
        Map<String, String> learned = new HashMap<>();
        int[] together = new int[terms.size()];
        List<Integer> seen = new ArrayList<>();
        rowsOf.forEach((e, occurrences) -> {
            for (int r : occurrences) {
                for (int v : vietnameseRows.get(r)) {
                    if (learnable(vietnameseCounts[v], n) && together[v]++ == 0) {
                        seen.add(v);
                    }
                }
            }
            int best = -1;
            double bestDice = MIN_DICE;
            for (int v : seen) {
                double dice = 2.0 * together[v] / (englishCounts[e] + vietnameseCounts[v]);
                // Ties go to the smaller number, so the result does not depend on the order seen.
                if (together[v] >= MIN_TOGETHER && (dice > bestDice || (dice == bestDice && best >= 0 && v < best))) {
                    best = v;
                    bestDice = dice;
                }
                together[v] = 0;
            }
            seen.clear();
            if (best >= 0) {
                learned.put(keys.englishWords.key(e), terms.key(best));
            }
        });
        return learned;
    }

    private static boolean learnable(int count, int rows) {
        return count >= MIN_TOGETHER && count <= MAX_ROW_SHARE * rows + MIN_TOGETHER;
    }

    private static int[] counts(List<int[]> rows, int size) {
        int[] counts = new int[size];
        for (int[] row : rows) {
            for (int key : row) {
                counts[key]++;
            }
        }
        return counts;
    }

    /** The sentence's distinct word numbers, numbers left out. */
    private static int[] distinct(int[] words) {
        return Arrays.stream(words).filter(w -> w != Vocabulary.ABSENT).sorted().distinct().toArray();
    }

    /**
     * Vietnamese terms to learn: syllables and pairs of adjacent syllables, as Vietnamese words are
     * mostly one or two syllables. A syllable keeps its word number; pairs are numbered after them.
     */
    private static final class VietnameseTerms {

        private final Vocabulary syllables;
        private final Map<Long, Integer> pairIds = new HashMap<>();
        private final List<String> pairKeys = new ArrayList<>();

        VietnameseTerms(Vocabulary syllables) {
            this.syllables = syllables;
        }

        /** The sentence's distinct terms. */
        int[] of(int[] words) {
            int[] terms = new int[2 * words.length];
            int size = 0;
            for (int t = 0; t < words.length; t++) {
                if (words[t] == Vocabulary.ABSENT) {
                    continue;
                }
                terms[size++] = words[t];
                if (t > 0 && words[t - 1] != Vocabulary.ABSENT) {
                    terms[size++] = pair(words[t - 1], words[t]);
                }
            }
            return Arrays.stream(terms, 0, size).sorted().distinct().toArray();
        }

        private int pair(int first, int second) {
            return pairIds.computeIfAbsent(((long) first << 32) | second, k -> {
                pairKeys.add(syllables.key(first) + ' ' + syllables.key(second));
                return syllables.size() + pairKeys.size() - 1;
            });
        }

        int size() {
            return syllables.size() + pairKeys.size();
        }

        String key(int term) {
            return term < syllables.size() ? syllables.key(term) : pairKeys.get(term - syllables.size());
        }
    }
}
