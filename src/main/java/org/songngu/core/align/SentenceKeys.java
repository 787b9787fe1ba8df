package org.songngu.core.align;

/**
 * A sentence cut into numbered matching keys once, so that it can be looked up against several
 * lexicons (the built-in one, then one grown by learning) without being read again.
 *
 * @param words per token the number of its lexicon key (English stem, Vietnamese syllable key) in
 *     its side's word vocabulary; {@link Vocabulary#ABSENT} for numbers
 * @param crossing per token the number, in the vocabulary both sides share, of the key under which
 *     it may cross unchanged into the other language: a number's value ("#1000") or the word
 *     without diacritics ("=francisco")
 * @param capitalized per token whether it is a capitalised word after the sentence's first
 * @param transliterated per token, in the shared vocabulary, the sound skeleton ("~lpdn") of the
 *     English name it may be, or of the Vietnamese transliterated name (Ê-li-pha-đôn) that
 *     starts at it; {@link Vocabulary#ABSENT} if none
 */
record SentenceKeys(int[] words, int[] crossing, boolean[] capitalized, int[] transliterated) {
}
