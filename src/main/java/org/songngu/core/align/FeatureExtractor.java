package org.songngu.core.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.songngu.core.text.MatchKey;

/**
 * Finds the lexical items of both sides' sentences: lexicon words and phrases, numbers, and names
 * or foreign terms that cross into the other language unchanged.
 */
final class FeatureExtractor {

    private static final int MIN_FOREIGN_TERM_LENGTH = 5;

    private final Lexicon lexicon;
    /** Ids of numbers and unchanged words, numbered after the lexicon's phrases. */
    private final Map<String, Integer> extraIds = new HashMap<>();
    private final Map<String, String> stems = new HashMap<>();
    private final Map<String, String> unchangedKeys = new HashMap<>();

    FeatureExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** For each English sentence, its items, each the set of ids any of which shows its translation. */
    List<int[][]> englishItems(List<String> sentences) {
        List<int[][]> all = new ArrayList<>(sentences.size());
        for (String sentence : sentences) {
            List<Token> tokens = Tokenizer.tokens(sentence);
            String[] keys = new String[tokens.size()];
            for (int t = 0; t < keys.length; t++) {
                Token token = tokens.get(t);
                keys[t] = token.number() ? null : stems.computeIfAbsent(token.text(),
                        w -> EnglishStemmer.stem(w.toLowerCase(Locale.ROOT)));
            }
            List<int[]> items = new ArrayList<>();
            for (int t = 0; t < keys.length; t++) {
                Token token = tokens.get(t);
                if (token.number()) {
                    items.add(new int[] {extraId("#" + Tokenizer.numberKey(token.text(), false), true)});
                    continue;
                }
                int[] single = lexicon.translations(keys[t]);
                if (single.length > 0) {
                    items.add(single);
                }
                StringBuilder phrase = new StringBuilder(keys[t]);
                for (int end = t + 1; end < keys.length && keys[end] != null && lexicon.continuesEnglish(phrase.toString()); end++) {
                    phrase.append(' ').append(keys[end]);
                    int[] ids = lexicon.translations(phrase.toString());
                    if (ids.length > 0) {
                        items.add(ids);
                    }
                }
                if (token.capitalized() || (single.length == 0 && token.text().length() >= MIN_FOREIGN_TERM_LENGTH)) {
                    items.add(new int[] {extraId(unchangedKeys.computeIfAbsent(token.text(), FeatureExtractor::unchangedKey), true)});
                }
            }
            all.add(items.toArray(new int[0][]));
        }
        return all;
    }

    /**
     * For each Vietnamese sentence, the distinct ids it shows. The lexicon scan may run while the
     * English side is read; numbers and unchanged words get their ids once it is done.
     */
    List<int[]> vietnameseIds(List<String> sentences, Runnable english) {
        CompletableFuture<List<VietnameseScan>> scans = CompletableFuture.supplyAsync(() -> scan(sentences));
        english.run();
        List<int[]> all = new ArrayList<>(sentences.size());
        for (VietnameseScan scan : scans.join()) {
            IntSet ids = new IntSet();
            for (int id : scan.phraseIds()) {
                ids.add(id);
            }
            for (String key : scan.extraKeys()) {
                Integer id = extraIds.get(key);
                if (id != null) {
                    ids.add(id);
                }
            }
            all.add(ids.sorted());
        }
        return all;
    }

    /** Lexicon phrases found in a Vietnamese sentence, and the keys of its numbers and words as written. */
    private record VietnameseScan(int[] phraseIds, List<String> extraKeys) {
    }

    private List<VietnameseScan> scan(List<String> sentences) {
        Map<String, String> syllableKeys = new HashMap<>();
        Map<String, String> unchangedKeys = new HashMap<>();
        List<VietnameseScan> scans = new ArrayList<>(sentences.size());
        for (String sentence : sentences) {
            List<Token> tokens = Tokenizer.tokens(sentence);
            String[] keys = new String[tokens.size()];
            for (int t = 0; t < keys.length; t++) {
                Token token = tokens.get(t);
                keys[t] = token.number() ? null : syllableKeys.computeIfAbsent(token.text(), MatchKey::vietnamese);
            }
            IntSet ids = new IntSet();
            List<String> extraKeys = new ArrayList<>();
            for (int t = 0; t < keys.length; t++) {
                Token token = tokens.get(t);
                if (token.number()) {
                    extraKeys.add("#" + Tokenizer.numberKey(token.text(), true));
                    continue;
                }
                String phrase = keys[t];
                for (int end = t + 1; ; end++) {
                    lexicon.phraseId(phrase).ifPresent(ids::add);
                    if (end == keys.length || keys[end] == null || !lexicon.continuesVietnamese(phrase)) {
                        break;
                    }
                    phrase = phrase + ' ' + keys[end];
                }
                extraKeys.add(unchangedKeys.computeIfAbsent(token.text(), FeatureExtractor::unchangedKey));
            }
            scans.add(new VietnameseScan(ids.sorted(), extraKeys));
        }
        return scans;
    }

    /** The key under which a word crosses unchanged into the other language (names, Latin terms). */
    private static String unchangedKey(String word) {
        return "=" + MatchKey.folded(word);
    }

    /** How many ids there are so far: lexicon phrases, numbers and unchanged words. */
    int idCount() {
        return lexicon.phraseCount() + extraIds.size();
    }

    private int extraId(String key, boolean create) {
        Integer id = extraIds.get(key);
        if (id == null && create) {
            id = lexicon.phraseCount() + extraIds.size();
            extraIds.put(key, id);
        }
        return id == null ? -1 : id;
    }

    /** A small growable set of ints for one sentence. */
    private static final class IntSet {
        private int[] values = new int[16];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] sorted() {
            return Arrays.stream(values, 0, size).sorted().distinct().toArray();
        }
    }
}
