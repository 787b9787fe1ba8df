package org.songngu.core.glossary;

/**
 * The matching keys of words seen before, looked up by a word's span in a text, so that a word
 * met again is neither cut out of its text nor hashed twice. Open addressing over a power-of-two
 * table; one per thread, not safe to share.
 */
final class WordKeys {

    /** Bounds memory when a text is mostly unique strings; a language has a few thousand common words. */
    private static final int LIMIT = 200_000;

    private String[] words = new String[1024];
    private String[] keys = new String[1024];
    private int size;

    /** The key of the word text[start, end), or null if it has not been seen. */
    String get(String text, int start, int end) {
        int length = end - start;
        int mask = words.length - 1;
        for (int slot = hash(text, start, end) & mask; words[slot] != null; slot = (slot + 1) & mask) {
            String word = words[slot];
            if (word.length() == length && text.regionMatches(start, word, 0, length)) {
                return keys[slot];
            }
        }
        return null;
    }

    /** Remembers a word's key, unless {@link #LIMIT} words are known already. */
    void put(String word, String key) {
        if (size >= LIMIT) {
            return;
        }
        if (2 * (size + 1) > words.length) {
            grow();
        }
        insert(word, key);
        size++;
    }

    private void insert(String word, String key) {
        int mask = words.length - 1;
        int slot = hash(word, 0, word.length()) & mask;
        while (words[slot] != null) {
            slot = (slot + 1) & mask;
        }
        words[slot] = word;
        keys[slot] = key;
    }

    private void grow() {
        String[] oldWords = words;
        String[] oldKeys = keys;
        words = new String[oldWords.length * 2];
        keys = new String[oldKeys.length * 2];
        for (int slot = 0; slot < oldWords.length; slot++) {
            if (oldWords[slot] != null) {
                insert(oldWords[slot], oldKeys[slot]);
            }
        }
    }

    /** String's own hash of the span, spread so that neighbouring slots do not fill in runs. */
    private static int hash(String text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        return hash ^ (hash >>> 16);
    }
}
