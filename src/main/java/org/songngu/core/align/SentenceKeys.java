package org.songngu.core.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.songngu.core.task.Cancellation;
import org.songngu.core.text.EnglishStemmer;
import org.songngu.core.text.MatchKey;
import org.songngu.core.text.Numbers;

/**
 * A sentence cut into matching keys once, so that it can be looked up against several lexicons
 * (the built-in one, then one grown by learning) without being read again.
 *
 * @param words per token its lexicon key (English stem, Vietnamese syllable key); null for numbers
 * @param crossing per token the key under which it may cross unchanged into the other language:
 *     a number's value ("#1000") or the word without diacritics ("=francisco")
 * @param capitalized per token whether it is a capitalised word after the sentence's first
 */
record SentenceKeys(String[] words, String[] crossing, boolean[] capitalized) {

    int size() {
        return words.length;
    }

    /** Keys of English sentences; stems are shared between sentences. */
    static List<SentenceKeys> english(List<String> sentences, Cancellation cancellation) {
        return of(sentences, word -> EnglishStemmer.stem(word.toLowerCase(Locale.ROOT)), false, cancellation);
    }

    /** Keys of Vietnamese sentences: syllables, with numbers read in the decimal-comma convention. */
    static List<SentenceKeys> vietnamese(List<String> sentences, Cancellation cancellation) {
        return of(sentences, MatchKey::vietnamese, true, cancellation);
    }

    private static List<SentenceKeys> of(List<String> sentences, Function<String, String> wordKey, boolean decimalComma,
            Cancellation cancellation) {
        Map<String, String> words = new HashMap<>();
        Map<String, String> crossing = new HashMap<>();
        List<SentenceKeys> all = new ArrayList<>(sentences.size());
        for (String sentence : sentences) {
            if ((all.size() & 1023) == 0) {
                cancellation.check();
            }
            List<Token> tokens = Tokenizer.tokens(sentence);
            SentenceKeys keys = new SentenceKeys(new String[tokens.size()], new String[tokens.size()], new boolean[tokens.size()]);
            for (int t = 0; t < tokens.size(); t++) {
                Token token = tokens.get(t);
                if (token.number()) {
                    keys.crossing[t] = "#" + Numbers.key(token.text(), decimalComma);
                } else {
                    keys.words[t] = words.computeIfAbsent(token.text(), wordKey);
                    keys.crossing[t] = crossing.computeIfAbsent(token.text(), w -> "=" + MatchKey.folded(w));
                    keys.capitalized[t] = token.capitalized();
                }
            }
            all.add(keys);
        }
        return all;
    }
}
