package org.songngu.core.glossary;

import java.util.ArrayList;
import java.util.List;
import org.songngu.core.text.SpanIndex;

/**
 * The matching keys of words seen before, looked up by a word's span in a text, so that a word
 * met again is neither cut out of its text nor hashed twice. One per thread, not safe to share.
 */
final class WordKeys {

    /** Bounds memory when a text is mostly unique strings; a language has a few thousand common words. */
    private static final int LIMIT = 200_000;

    private final SpanIndex words = new SpanIndex();
    private final List<String> keys = new ArrayList<>();

    /** The key of the word text[start, end), or null if it has not been seen. */
    String get(String text, int start, int end) {
        int id = words.find(text, start, end);
        return id == SpanIndex.ABSENT ? null : keys.get(id);
    }

    /** Remembers a word's key, unless {@link #LIMIT} words are known already. */
    void put(String word, String key) {
        if (words.size() < LIMIT && words.add(word) == keys.size()) {
            keys.add(key);
        }
    }
}
