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
            int[] names = sentence.transliterated();
            for (int t = 0; t < keys.length; t++) {
                keys[t] = shared[keys[t]];
                if (names[t] != Vocabulary.ABSENT) {
                    names[t] = shared[names[t]];
                }
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
         * @param vietnamese whether numbers are written 1.000,5 rather than 1,000.5, and names
         *     transliterated syllable by syllable (Ê-li-pha-đôn) rather than written as one word
         */
        static Side cut(List<String> sentences, Function<String, String> wordKey, boolean vietnamese,
                Cancellation cancellation) {
            SpanIndex spellings = new SpanIndex();
            // By spelling: the word's key number, crossing key number and, for an English word
            // that may be a name, its transliteration key number; filled on first sight.
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
                        Arrays.copyOf(tokens.capitalized(), tokens.count()), new int[tokens.count()]);
                Arrays.fill(keys.transliterated(), Vocabulary.ABSENT);
                for (int t = 0; t < tokens.count(); t++) {
                    int start = tokens.starts()[t];
                    int end = tokens.ends()[t];
                    if (tokens.number()[t]) {
                        keys.words()[t] = Vocabulary.ABSENT;
                        keys.crossing()[t] = crossing.add("#" + Numbers.key(sentence.substring(start, end), vietnamese));
                        continue;
                    }
                    int spelling = spellings.find(sentence, start, end);
                    if (spelling == SpanIndex.ABSENT) {
                        String text = sentence.substring(start, end);
                        spelling = spellings.add(text);
                        String skeleton = vietnamese || !Character.isUpperCase(text.charAt(0)) ? null
                                : Transliteration.english(text);
                        spellingKeys.add(new int[] {words.add(wordKey.apply(text)), crossing.add("=" + MatchKey.folded(text)),
                            skeleton == null ? Vocabulary.ABSENT : crossing.add("~" + skeleton)});
                    }
                    keys.words()[t] = spellingKeys.get(spelling)[0];
                    keys.crossing()[t] = spellingKeys.get(spelling)[1];
                    keys.transliterated()[t] = vietnamese ? transliteratedName(sentence, tokens, t, crossing)
                            : spellingKeys.get(spelling)[2];
                }
                all.add(keys);
            }
            return new Side(all, words, crossing);
        }

        /**
         * The transliteration key of the name whose syllables, capitalised and joined by hyphens,
         * start at token t; {@link Vocabulary#ABSENT} if none does.
         */
        private static int transliteratedName(String sentence, Tokenizer.Spans tokens, int t, Vocabulary crossing) {
            if (!Character.isUpperCase(sentence.charAt(tokens.starts()[t]))
                    || (t > 0 && hyphenBetween(sentence, tokens, t - 1))) {
                return Vocabulary.ABSENT;
            }
            int last = t;
            while (last + 1 < tokens.count() && hyphenBetween(sentence, tokens, last)) {
                last++;
            }
            String skeleton = last == t ? null
                    : Transliteration.vietnamese(sentence.substring(tokens.starts()[t], tokens.ends()[last]));
            return skeleton == null ? Vocabulary.ABSENT : crossing.add("~" + skeleton);
        }

        /** Whether token t and the next are joined by one hyphen and nothing else. */
        private static boolean hyphenBetween(String sentence, Tokenizer.Spans tokens, int t) {
            int end = tokens.ends()[t];
            return t + 1 < tokens.count() && tokens.starts()[t + 1] == end + 1 && sentence.charAt(end) == '-'
                    && !tokens.number()[t + 1];
        }
    }
}
