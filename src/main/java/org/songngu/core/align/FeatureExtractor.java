package org.songngu.core.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Finds the lexical items of both sides' sentences against one lexicon: lexicon words and
 * phrases, numbers, and names or foreign terms that cross into the other language unchanged.
 */
final class FeatureExtractor {

    /** Words at least this long that the lexicon does not know are looked for unchanged. */
    private static final int MIN_FOREIGN_TERM_LENGTH = 5;

    private final LexiconIndex lexicon;
    private final Vocabulary crossing;
    /**
     * By crossing key number: whether an English sentence offers it unchanged. Such a key's id is
     * its number after the lexicon's phrase ids, so sentences can be read in any order.
     */
    private final boolean[] offered;
    /**
     * By crossing key number: whether the English document writes the word capitalised after a
     * sentence's first word somewhere, so that it is a name also where it opens a sentence.
     */
    private final boolean[] names;

    FeatureExtractor(Lexicon lexicon, PairKeys keys) {
        this.lexicon = new LexiconIndex(lexicon, keys.englishWords, keys.vietnameseWords);
        this.crossing = keys.crossing;
        this.offered = new boolean[keys.crossing.size()];
        this.names = new boolean[keys.crossing.size()];
        for (SentenceKeys sentence : keys.english) {
            for (int t = 0; t < sentence.crossing().length; t++) {
                if (sentence.capitalized()[t]) {
                    names[sentence.crossing()[t]] = true;
                }
            }
        }
    }

    /**
     * One sentence's items: for each, the ids any of which shows its translation, and its key,
     * which names the item itself (the lexicon key or unchanged word) across sentences.
     */
    record Items(int[][] ids, int[] keys) {
    }

    /** How many ids there are so far: lexicon phrases, numbers and unchanged words. */
    int idCount() {
        return lexicon.phraseCount + offered.length;
    }

    /** How many English item keys there can be: lexicon keys, then unchanged words. */
    int englishKeyCount() {
        return lexicon.englishTrie.size() + offered.length;
    }

    /**
     * For each English sentence, its items. Sentences are read in parallel: each depends only on
     * the lexicon.
     */
    List<Items> englishItems(List<SentenceKeys> sentences) {
        Items[] all = new Items[sentences.size()];
        IntStream.range(0, all.length).parallel().forEach(s -> all[s] = englishItems(sentences.get(s)));
        return Arrays.asList(all);
    }

    private Items englishItems(SentenceKeys keys) {
        WordTrie trie = lexicon.englishTrie;
        int[] words = keys.words();
        List<int[]> items = new ArrayList<>();
        IntList itemKeys = new IntList();
        for (int t = 0; t < words.length; t++) {
            if (words[t] == Vocabulary.ABSENT) {
                items.add(new int[] {crossingId(keys.crossing()[t])});
                itemKeys.add(trie.size() + keys.crossing()[t]);
                continue;
            }
            int node = trie.child(WordTrie.ROOT, words[t]);
            int[] single = lexicon.translations(node);
            if (single.length > 0) {
                items.add(single);
                itemKeys.add(node);
            }
            for (int end = t + 1; node != WordTrie.NONE && end < words.length && words[end] != Vocabulary.ABSENT
                    && trie.hasChildren(node); end++) {
                node = trie.child(node, words[end]);
                int[] ids = lexicon.translations(node);
                if (ids.length > 0) {
                    items.add(ids);
                    itemKeys.add(node);
                }
            }
            // The crossing key is "=" and the folded word, hence the + 1.
            boolean name = keys.capitalized()[t] || (t == 0 && names[keys.crossing()[t]]);
            if (name || (single.length == 0 && crossing.key(keys.crossing()[t]).length() >= MIN_FOREIGN_TERM_LENGTH + 1)) {
                int transliterated = keys.transliterated()[t];
                items.add(name && transliterated != Vocabulary.ABSENT
                        ? new int[] {crossingId(keys.crossing()[t]), crossingId(transliterated)}
                        : new int[] {crossingId(keys.crossing()[t])});
                itemKeys.add(trie.size() + keys.crossing()[t]);
            }
        }
        return new Items(items.toArray(new int[0][]), itemKeys.toArray());
    }

    /**
     * For each Vietnamese sentence, the distinct ids it shows: lexicon phrases among its
     * syllables, and numbers or words that some English sentence offers unchanged. Call after
     * {@link #englishItems}, which names those.
     */
    List<int[]> vietnameseIds(List<SentenceKeys> sentences) {
        int[][] all = new int[sentences.size()][];
        IntStream.range(0, all.length).parallel().forEach(s -> all[s] = vietnameseIds(sentences.get(s)));
        return Arrays.asList(all);
    }

    private int[] vietnameseIds(SentenceKeys keys) {
        WordTrie trie = lexicon.vietnameseTrie;
        int[] words = keys.words();
        IntList ids = new IntList();
        for (int t = 0; t < words.length; t++) {
            if (offered[keys.crossing()[t]]) {
                ids.add(lexicon.phraseCount + keys.crossing()[t]);
            }
            int transliterated = keys.transliterated()[t];
            if (transliterated != Vocabulary.ABSENT && offered[transliterated]) {
                ids.add(lexicon.phraseCount + transliterated);
            }
            if (words[t] == Vocabulary.ABSENT) {
                continue;
            }
            int node = trie.child(WordTrie.ROOT, words[t]);
            for (int end = t + 1; node != WordTrie.NONE; end++) {
                int id = lexicon.phraseId(node);
                if (id >= 0) {
                    ids.add(id);
                }
                if (end == words.length || words[end] == Vocabulary.ABSENT || !trie.hasChildren(node)) {
                    break;
                }
                node = trie.child(node, words[end]);
            }
        }
        return ids.sortedDistinct();
    }

    /** Marks the key as offered; only ever set, so sentences on other threads cannot undo it. */
    private int crossingId(int key) {
        offered[key] = true;
        return lexicon.phraseCount + key;
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

        int[] toArray() {
            return Arrays.copyOf(values, size);
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
