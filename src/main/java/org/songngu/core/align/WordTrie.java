package org.songngu.core.align;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A trie over word numbers, built once and then read for every token of a document pair: the
 * root's children sit in an array indexed by word, deeper children in sorted runs searched by
 * halves, so a look-up allocates nothing. Node 0 is the root.
 */
final class WordTrie {

    static final int ROOT = 0;
    static final int NONE = -1;

    /** By word: the root's child, or NONE. */
    private final int[] rootChildren;
    /** Node k's children are edges firstEdge[k] until firstEdge[k + 1], sorted by word. */
    private final int[] firstEdge;
    private final int[] edgeWords;
    private final int[] edgeChildren;

    private WordTrie(int[] rootChildren, int[] firstEdge, int[] edgeWords, int[] edgeChildren) {
        this.rootChildren = rootChildren;
        this.firstEdge = firstEdge;
        this.edgeWords = edgeWords;
        this.edgeChildren = edgeChildren;
    }

    /** The node one word further, or {@link #NONE}. */
    int child(int node, int word) {
        if (node == ROOT) {
            return word < rootChildren.length ? rootChildren[word] : NONE;
        }
        int at = Arrays.binarySearch(edgeWords, firstEdge[node], firstEdge[node + 1], word);
        return at < 0 ? NONE : edgeChildren[at];
    }

    /** How many nodes there are; nodes are numbered from 0. */
    int size() {
        return firstEdge.length - 1;
    }

    /** Whether some added sequence goes on past this node: a phrase search can stop early when not. */
    boolean hasChildren(int node) {
        return node == ROOT ? rootChildren.length > 0 : firstEdge[node + 1] > firstEdge[node];
    }

    /** Collects word sequences; the node each ends at stays its number in the built trie. */
    static final class Builder {

        /** (node, word) packed into a long, to the child node. */
        private final Map<Long, Integer> children = new HashMap<>();
        private int size = 1;

        /** The node the words lead to from the root, made as needed. */
        int add(int[] words) {
            int node = ROOT;
            for (int word : words) {
                node = children.computeIfAbsent(edge(node, word), edge -> size++);
            }
            return node;
        }

        int size() {
            return size;
        }

        WordTrie build() {
            long[] edges = children.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
            int rootWords = 0;
            int[] firstEdge = new int[size + 1];
            for (long edge : edges) {
                int node = (int) (edge >>> 32);
                if (node == ROOT) {
                    rootWords = Math.max(rootWords, (int) edge + 1);
                }
                firstEdge[node + 1]++;
            }
            for (int node = 0; node < size; node++) {
                firstEdge[node + 1] += firstEdge[node];
            }
            int[] rootChildren = new int[rootWords];
            Arrays.fill(rootChildren, NONE);
            int[] edgeWords = new int[edges.length];
            int[] edgeChildren = new int[edges.length];
            // Sorted by node, then word: each node's run is in place and in order.
            for (int e = 0; e < edges.length; e++) {
                int node = (int) (edges[e] >>> 32);
                int word = (int) edges[e];
                edgeWords[e] = word;
                edgeChildren[e] = children.get(edges[e]);
                if (node == ROOT) {
                    rootChildren[word] = edgeChildren[e];
                }
            }
            return new WordTrie(rootChildren, firstEdge, edgeWords, edgeChildren);
        }

        private static long edge(int node, int word) {
            return ((long) node << 32) | word;
        }
    }
}
