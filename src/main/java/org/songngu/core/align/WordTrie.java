package org.songngu.core.align;

import java.util.HashMap;
import java.util.Map;

/** A trie over word numbers: node 0 is the root; each word sequence added ends at one node. */
final class WordTrie {

    static final int ROOT = 0;
    static final int NONE = -1;

    /** (node, word) packed into a long, to the child node. */
    private final Map<Long, Integer> children = new HashMap<>();
    private boolean[] hasChildren = new boolean[16];
    private int size = 1;

    /** The node the words lead to from the root, made as needed. */
    int add(int[] words) {
        int node = ROOT;
        for (int word : words) {
            int next = child(node, word);
            if (next == NONE) {
                next = size++;
                children.put(edge(node, word), next);
                if (hasChildren.length < size) {
                    hasChildren = java.util.Arrays.copyOf(hasChildren, size * 2);
                }
                hasChildren[node] = true;
            }
            node = next;
        }
        return node;
    }

    /** The node one word further, or {@link #NONE}. */
    int child(int node, int word) {
        return children.getOrDefault(edge(node, word), NONE);
    }

    /** Whether some added sequence goes on past this node: a phrase search can stop early when not. */
    boolean hasChildren(int node) {
        return hasChildren[node];
    }

    int size() {
        return size;
    }

    private static long edge(int node, int word) {
        return ((long) node << 32) | (word & 0xFFFFFFFFL);
    }
}
