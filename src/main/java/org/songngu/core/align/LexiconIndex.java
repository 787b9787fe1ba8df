package org.songngu.core.align;

import java.util.Arrays;
import java.util.HashMap;
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
    final WordTrie englishTrie;
    final WordTrie vietnameseTrie;
    /** By English trie node: the ids of the phrases translating the key ending there, or null. */
    private final int[][] translations;
    /** By Vietnamese trie node: the id of the phrase ending there, or -1. */
    private final int[] phraseIds;

    LexiconIndex(Lexicon lexicon, Vocabulary englishWords, Vocabulary vietnameseWords) {
        this.phraseCount = lexicon.phraseCount();
        WordTrie.Builder english = new WordTrie.Builder();
        Map<Integer, int[]> translationsByNode = new HashMap<>();
        lexicon.englishKeys().forEach((key, ids) -> {
            int[] words = numbered(key, englishWords);
            if (words.length > 0) {
                translationsByNode.put(english.add(words), ids);
            }
        });
        WordTrie.Builder vietnamese = new WordTrie.Builder();
        Map<Integer, Integer> phrasesByNode = new HashMap<>();
        lexicon.phraseKeys().forEach((key, id) -> {
            int[] words = numbered(key, vietnameseWords);
            if (words.length > 0) {
                phrasesByNode.put(vietnamese.add(words), id);
            }
        });
        this.englishTrie = english.build();
        this.translations = new int[english.size()][];
        translationsByNode.forEach((node, ids) -> translations[node] = ids);
        this.vietnameseTrie = vietnamese.build();
        this.phraseIds = new int[vietnamese.size()];
        Arrays.fill(phraseIds, -1);
        phrasesByNode.forEach((node, id) -> phraseIds[node] = id);
    }

    /** The ids of the phrases translating the English key ending at this node; empty if none or {@link WordTrie#NONE}. */
    int[] translations(int englishNode) {
        int[] ids = englishNode == WordTrie.NONE ? null : translations[englishNode];
        return ids == null ? NO_IDS : ids;
    }

    /** The id of the Vietnamese phrase ending at this node, or -1 (also for {@link WordTrie#NONE}). */
    int phraseId(int vietnameseNode) {
        return vietnameseNode == WordTrie.NONE ? -1 : phraseIds[vietnameseNode];
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
