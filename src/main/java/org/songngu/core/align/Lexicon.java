package org.songngu.core.align;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.songngu.core.glossary.Glossary;
import org.songngu.core.text.EnglishStemmer;
import org.songngu.core.text.MatchKey;

/**
 * An English–Vietnamese lexicon prepared for matching: English keys are stemmed words, Vietnamese
 * phrases are syllable sequences keyed without regard to tone placement, each with an id.
 */
public final class Lexicon {

    private static final String RESOURCE_DIR = "/org/songngu/core/align/lexicon/";
    private static Lexicon builtIn;

    private final Map<String, int[]> englishToPhrases;
    private final Map<String, Integer> phraseIds;
    private final int entryCount;

    private Lexicon(Map<String, int[]> englishToPhrases, Map<String, Integer> phraseIds, int entryCount) {
        this.englishToPhrases = englishToPhrases;
        this.phraseIds = phraseIds;
        this.entryCount = entryCount;
    }

    /** The lexicon written for Song Ngữ, loaded once from the files listed in its index. */
    public static synchronized Lexicon builtIn() {
        if (builtIn == null) {
            List<LexiconEntry> entries = new ArrayList<>();
            for (String file : readLines("index.txt", new ArrayList<>())) {
                for (String line : readLines(file, new ArrayList<>())) {
                    int tab = line.indexOf('\t');
                    if (tab <= 0 || tab != line.lastIndexOf('\t') || tab == line.length() - 1) {
                        throw new IllegalStateException("lexicon " + file + ": line '" + line + "' is not english<TAB>vietnamese");
                    }
                    entries.add(new LexiconEntry(line.substring(0, tab), line.substring(tab + 1)));
                }
            }
            builtIn = of(entries);
        }
        return builtIn;
    }

    public static Lexicon of(Collection<LexiconEntry> entries) {
        return new Lexicon(new HashMap<>(), new HashMap<>(), 0).with(entries);
    }

    /**
     * A new lexicon with a glossary's term pairs added as evidence. Forbidden renderings count
     * too: a team may not want them, but where a text uses one it still translates the term.
     */
    public Lexicon withTerms(Glossary glossary) {
        return with(glossary.entries().stream().map(term -> new LexiconEntry(term.english(), term.vietnamese())).toList());
    }

    /** A new lexicon with these entries added; this one is left as it is. */
    public Lexicon with(Collection<LexiconEntry> entries) {
        List<String[]> pairs = new ArrayList<>();
        for (LexiconEntry entry : entries) {
            pairs.add(new String[] {englishKey(entry.english()), vietnameseKey(entry.vietnamese())});
        }
        return withKeys(pairs);
    }

    /** A new lexicon with pairs of keys (see {@link #englishKey}, {@link #vietnameseKey}) added. */
    Lexicon withKeys(Map<String, String> englishToVietnamese) {
        List<String[]> pairs = new ArrayList<>();
        englishToVietnamese.forEach((en, vi) -> pairs.add(new String[] {en, vi}));
        return withKeys(pairs);
    }

    private Lexicon withKeys(List<String[]> pairs) {
        Map<String, int[]> english = new HashMap<>(englishToPhrases);
        Map<String, Integer> phrases = new HashMap<>(phraseIds);
        int added = 0;
        for (String[] pair : pairs) {
            String englishKey = pair[0];
            String phraseKey = pair[1];
            if (englishKey.isEmpty() || phraseKey.isEmpty()) {
                continue;
            }
            int id = phrases.computeIfAbsent(phraseKey, k -> phrases.size());
            int[] ids = english.getOrDefault(englishKey, new int[0]);
            if (Arrays.stream(ids).noneMatch(existing -> existing == id)) {
                int[] grown = Arrays.copyOf(ids, ids.length + 1);
                grown[ids.length] = id;
                english.put(englishKey, grown);
                added++;
            }
        }
        return new Lexicon(english, phrases, entryCount + added);
    }

    /** How many distinct English–Vietnamese pairs it holds. */
    public int size() {
        return entryCount;
    }

    int phraseCount() {
        return phraseIds.size();
    }

    /** Every English key with the ids of the Vietnamese phrases that translate it. */
    Map<String, int[]> englishKeys() {
        return Collections.unmodifiableMap(englishToPhrases);
    }

    /** Every Vietnamese phrase key with its id. */
    Map<String, Integer> phraseKeys() {
        return Collections.unmodifiableMap(phraseIds);
    }

    /** Stemmed lower-case words joined by single spaces. */
    static String englishKey(String english) {
        StringBuilder key = new StringBuilder();
        for (Token token : Tokenizer.tokens(english.toLowerCase(Locale.ROOT))) {
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(token.number() ? token.text() : EnglishStemmer.stem(token.text()));
        }
        return key.toString();
    }

    /** Syllable keys joined by single spaces. */
    static String vietnameseKey(String vietnamese) {
        StringBuilder key = new StringBuilder();
        for (Token token : Tokenizer.tokens(vietnamese)) {
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(MatchKey.vietnamese(token.text()));
        }
        return key.toString();
    }

    private static List<String> readLines(String name, List<String> into) {
        try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE_DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("lexicon resource " + name + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    into.add(trimmed);
                }
            }
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon resource " + name, e);
        }
    }
}
