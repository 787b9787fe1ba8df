package org.songngu.core.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.songngu.core.task.Cancellation;
import org.songngu.core.task.TwoCores;
import org.songngu.core.text.EnglishStemmer;
import org.songngu.core.text.MatchKey;
import org.songngu.core.text.Numbers;
import org.songngu.core.text.SpanIndex;

/**
 * Both sides of a document pair cut into keys, with the vocabularies that number them: one of
 * words per side and one of crossing keys (numbers, unchanged words) that both sides share.
 */
final class PairKeys {

    final List<SentenceKeys> english;
    final List<SentenceKeys> vietnamese;
    final Vocabulary englishWords;
    final Vocabulary vietnameseWords;
    final Vocabulary crossing;

    private PairKeys(Side english, Side vietnamese) {
        this.english = english.sentences;
        this.englishWords = english.words;
        this.vietnameseWords = vietnamese.words;
        this.crossing = english.crossing;
        // Renumber the Vietnamese crossing keys into the English side's vocabulary, so they meet.
        int[] shared = new int[vietnamese.crossing.size()];
        for (int id = 0; id < shared.length; id++) {
            shared[id] = crossing.add(vietnamese.crossing.key(id));
        }
        for (SentenceKeys sentence : vietnamese.sentences) {
            int[] keys = sentence.crossing();
            for (int t = 0; t < keys.length; t++) {
                keys[t] = shared[keys[t]];
            }
        }
        this.vietnamese = vietnamese.sentences;
    }

    /** Both sides' keys, the Vietnamese side cut on a second thread while the English side is. */
    static PairKeys of(SentenceSide en, SentenceSide vi, Cancellation cancellation) {
        TwoCores.Results<Side, Side> sides = TwoCores.both(
                () -> Side.cut(vi.sentences(), MatchKey::vietnamese, true, cancellation),
                () -> Side.cut(en.sentences(), word -> EnglishStemmer.stem(word.toLowerCase(Locale.ROOT)), false,
                        cancellation));
        return new PairKeys(sides.here(), sides.elsewhere());
    }

    /** One side's sentences and vocabularies, before the crossing keys are shared. */
    private record Side(List<SentenceKeys> sentences, Vocabulary words, Vocabulary crossing) {

        /**
         * @param wordKey the lexicon key of a word, computed once per distinct spelling
         * @param decimalComma whether numbers are written 1.000,5 (Vietnamese) rather than 1,000.5
         */
        static Side cut(List<String> sentences, Function<String, String> wordKey, boolean decimalComma,
                Cancellation cancellation) {
            SpanIndex spellings = new SpanIndex();
            // By spelling: the word's key number and crossing key number, filled on first sight.
            List<int[]> spellingKeys = new ArrayList<>();
            Vocabulary words = new Vocabulary();
            Vocabulary crossing = new Vocabulary();
            List<SentenceKeys> all = new ArrayList<>(sentences.size());
            for (String sentence : sentences) {
                if ((all.size() & 1023) == 0) {
                    cancellation.check();
                }
                Tokenizer.Spans tokens = Tokenizer.spans(sentence);
                SentenceKeys keys = new SentenceKeys(new int[tokens.count()], new int[tokens.count()],
                        Arrays.copyOf(tokens.capitalized(), tokens.count()));
                for (int t = 0; t < tokens.count(); t++) {
                    int start = tokens.starts()[t];
                    int end = tokens.ends()[t];
                    if (tokens.number()[t]) {
                        keys.words()[t] = Vocabulary.ABSENT;
                        keys.crossing()[t] = crossing.add("#" + Numbers.key(sentence.substring(start, end), decimalComma));
                        continue;
                    }
                    int spelling = spellings.find(sentence, start, end);
                    if (spelling == SpanIndex.ABSENT) {
                        String text = sentence.substring(start, end);
                        spelling = spellings.add(text);
                        spellingKeys.add(new int[] {words.add(wordKey.apply(text)), crossing.add("=" + MatchKey.folded(text))});
                    }
                    keys.words()[t] = spellingKeys.get(spelling)[0];
                    keys.crossing()[t] = spellingKeys.get(spelling)[1];
                }
                all.add(keys);
            }
            return new Side(all, words, crossing);
        }
    }
}
