package org.songngu.core.align;

import java.util.Arrays;
import java.util.Map;

/**
 * A lexicon restricted to one document pair and keyed by its vocabularies' word numbers: a trie
 * of English keys leading to the ids of their Vietnamese phrases, and a trie of Vietnamese
 * phrases leading to their ids. Entries using a word the documents lack are left out, as they
 * can never match.
 */
final class LexiconIndex {

    private static final int[] NO_IDS = new int[0];

    final int phraseCount;
    final WordTrie englishTrie = new WordTrie();
    final WordTrie vietnameseTrie = new WordTrie();
    /** By English trie node: the ids of the phrases translating the key ending there. */
    private int[][] translations = new int[16][];
    /** By Vietnamese trie node: the id of the phrase ending there, or -1. */
    private int[] phraseIds = new int[16];

    LexiconIndex(Lexicon lexicon, Vocabulary englishWords, Vocabulary vietnameseWords) {
        this.phraseCount = lexicon.phraseCount();
        Arrays.fill(phraseIds, -1);
        for (Map.Entry<String, int[]> entry : lexicon.englishKeys().entrySet()) {
            int[] words = numbered(entry.getKey(), englishWords);
            if (words.length > 0) {
                int node = englishTrie.add(words);
                if (node >= translations.length) {
                    translations = Arrays.copyOf(translations, Math.max(node + 1, translations.length * 2));
                }
                translations[node] = entry.getValue();
            }
        }
        for (Map.Entry<String, Integer> entry : lexicon.phraseKeys().entrySet()) {
            int[] words = numbered(entry.getKey(), vietnameseWords);
            if (words.length > 0) {
                int node = vietnameseTrie.add(words);
                if (node >= phraseIds.length) {
                    int old = phraseIds.length;
                    phraseIds = Arrays.copyOf(phraseIds, Math.max(node + 1, old * 2));
                    Arrays.fill(phraseIds, old, phraseIds.length, -1);
                }
                phraseIds[node] = entry.getValue();
            }
        }
    }

    /** The ids of the phrases translating the English key ending at this node; empty if none or {@link WordTrie#NONE}. */
    int[] translations(int englishNode) {
        int[] ids = englishNode >= 0 && englishNode < translations.length ? translations[englishNode] : null;
        return ids == null ? NO_IDS : ids;
    }

    /** The id of the Vietnamese phrase ending at this node, or -1 (also for {@link WordTrie#NONE}). */
    int phraseId(int vietnameseNode) {
        return vietnameseNode >= 0 && vietnameseNode < phraseIds.length ? phraseIds[vietnameseNode] : -1;
    }

    /** The key's words as numbers; empty if one of them is not in the vocabulary. */
    private static int[] numbered(String key, Vocabulary vocabulary) {
        String[] words = key.split(" ");
        int[] numbers = new int[words.length];
        for (int w = 0; w < words.length; w++) {
            numbers[w] = vocabulary.find(words[w]);
            if (numbers[w] == Vocabulary.ABSENT) {
                return NO_IDS;
            }
        }
        return numbers;
    }
}
