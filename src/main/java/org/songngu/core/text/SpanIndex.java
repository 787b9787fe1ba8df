package org.songngu.core.text;

import java.util.Arrays;

/**
 * Numbers distinct words densely from 0 and finds a word by its span in a text, so that a word
 * met again is neither cut out of its text nor hashed twice. Open addressing over a power-of-two
 * table of ids. Not safe to share between threads.
 */
public final class SpanIndex {

    public static final int ABSENT = -1;

    private String[] words = new String[512];
    /** By slot: the id of the word there, ABSENT for an empty slot. */
    private int[] slots = new int[1024];
    private int size;

    public SpanIndex() {
        Arrays.fill(slots, ABSENT);
    }

    /** The id of the word text[start, end), or {@link #ABSENT}. */
    public int find(String text, int start, int end) {
        int length = end - start;
        int mask = slots.length - 1;
        for (int slot = hash(text, start, end) & mask; slots[slot] != ABSENT; slot = (slot + 1) & mask) {
            String word = words[slots[slot]];
            if (word.length() == length && text.regionMatches(start, word, 0, length)) {
                return slots[slot];
            }
        }
        return ABSENT;
    }

    /** The word's id, given it now if it has none. */
    public int add(String word) {
        int found = find(word, 0, word.length());
        if (found != ABSENT) {
            return found;
        }
        if (size == words.length) {
            words = Arrays.copyOf(words, size * 2);
        }
        words[size] = word;
        if (2 * (size + 1) > slots.length) {
            slots = new int[slots.length * 2];
            Arrays.fill(slots, ABSENT);
            for (int id = 0; id < size; id++) {
                place(id);
            }
        }
        place(size);
        return size++;
    }

    public String word(int id) {
        return words[id];
    }

    public int size() {
        return size;
    }

    private void place(int id) {
        int mask = slots.length - 1;
        int slot = hash(words[id], 0, words[id].length()) & mask;
        while (slots[slot] != ABSENT) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = id;
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
