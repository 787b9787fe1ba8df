package org.songngu.core.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    static Map<String, String> learn(List<Bead> rows, List<SentenceKeys> english, List<SentenceKeys> vietnamese) {
        int step = Math.max(1, rows.size() / MAX_ROWS);
        List<Set<String>> englishWords = new ArrayList<>();
        List<Set<String>> vietnameseWords = new ArrayList<>();
        for (int r = 0; r < rows.size(); r += step) {
            Bead row = rows.get(r);
            englishWords.add(words(english.get(row.enStart())));
            vietnameseWords.add(wordsAndPairs(vietnamese.get(row.viStart())));
        }
        int n = englishWords.size();
        Map<String, Integer> englishCounts = counts(englishWords);
        Map<String, Integer> vietnameseCounts = counts(vietnameseWords);
        Map<String, Map<String, Integer>> together = new HashMap<>();
        for (int r = 0; r < n; r++) {
            for (String e : englishWords.get(r)) {
                if (!learnable(englishCounts.get(e), n)) {
                    continue;
                }
                Map<String, Integer> partners = together.computeIfAbsent(e, k -> new HashMap<>());
                for (String v : vietnameseWords.get(r)) {
                    if (learnable(vietnameseCounts.get(v), n)) {
                        partners.merge(v, 1, Integer::sum);
                    }
                }
            }
        }
        Map<String, String> learned = new HashMap<>();
        together.forEach((e, partners) -> {
            String best = null;
            double bestDice = MIN_DICE;
            for (Map.Entry<String, Integer> partner : partners.entrySet()) {
                int count = partner.getValue();
                double dice = 2.0 * count / (englishCounts.get(e) + vietnameseCounts.get(partner.getKey()));
                if (count >= MIN_TOGETHER && dice > bestDice) {
                    best = partner.getKey();
                    bestDice = dice;
                }
            }
            if (best != null) {
                learned.put(e, best);
            }
        });
        return learned;
    }

    private static boolean learnable(int count, int rows) {
        return count >= MIN_TOGETHER && count <= MAX_ROW_SHARE * rows + MIN_TOGETHER;
    }

    private static Map<String, Integer> counts(List<Set<String>> rows) {
        Map<String, Integer> counts = new HashMap<>();
        for (Set<String> words : rows) {
            for (String word : words) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static Set<String> words(SentenceKeys sentence) {
        Set<String> words = new HashSet<>();
        for (String word : sentence.words()) {
            if (word != null) {
                words.add(word);
            }
        }
        return words;
    }

    /** Syllables and pairs of adjacent syllables: Vietnamese words are mostly one or two syllables. */
    private static Set<String> wordsAndPairs(SentenceKeys sentence) {
        Set<String> keys = words(sentence);
        String[] words = sentence.words();
        for (int t = 1; t < words.length; t++) {
            if (words[t - 1] != null && words[t] != null) {
                keys.add(words[t - 1] + ' ' + words[t]);
            }
        }
        return keys;
    }
}
