package org.songngu.core.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct keys of one side of a document pair, each numbered once, so that the aligner
 * compares and looks up words as ints instead of hashing strings for every token.
 */
final class Vocabulary {

    static final int ABSENT = -1;

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> keys = new ArrayList<>();

    /** The key's number, given it now if it has none. */
    int add(String key) {
        Integer id = ids.get(key);
        if (id == null) {
            id = keys.size();
            ids.put(key, id);
            keys.add(key);
        }
        return id;
    }

    /** The key's number, or {@link #ABSENT}. */
    int find(String key) {
        return ids.getOrDefault(key, ABSENT);
    }

    String key(int id) {
        return keys.get(id);
    }

    int size() {
        return keys.size();
    }
}
