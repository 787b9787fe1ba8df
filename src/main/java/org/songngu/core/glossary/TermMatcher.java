package org.songngu.core.glossary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.songngu.core.glossary.TermTokens.Tokens;
import org.songngu.core.text.Span;

/**
 * Finds a glossary's terms in text in one pass, for all entries at once: a trie over token keys,
 * walked from each token of the text. Built once per glossary and language; immutable and safe
 * to share between threads.
 *
 * <p>English matches whole words, ignoring case and regular inflections (patient/patients,
 * transfuse/transfused). Vietnamese matches whole syllables, ignoring case and old/new tone
 * placement (hoà/hòa). Spans are offsets in the text as given; the text is never rewritten.
 */
public final class TermMatcher {

    private static final class Node {
        final Map<String, Node> children = new HashMap<>(4);
        List<TermEntry> entries = new ArrayList<>(1);
        String key;
    }

    private final Node root = new Node();
    private final boolean english;

    private TermMatcher(Glossary glossary, boolean english) {
        this.english = english;
        for (TermEntry entry : glossary.entries()) {
            Tokens tokens = english ? TermTokens.english(entry.english()) : TermTokens.vietnamese(entry.vietnamese());
            Node node = root;
            for (String key : tokens.keys()) {
                node = node.children.computeIfAbsent(key, k -> new Node());
            }
            node.entries.add(entry);
            node.key = TermTokens.key(tokens);
        }
        freeze(root);
    }

    /** Immutable entry lists, so that every match can share its node's list instead of copying it. */
    private static void freeze(Node node) {
        node.entries = List.copyOf(node.entries);
        node.children.values().forEach(TermMatcher::freeze);
    }

    /** A matcher for the English terms of {@code glossary}. */
    public static TermMatcher english(Glossary glossary) {
        return new TermMatcher(glossary, true);
    }

    /** A matcher for the Vietnamese renderings of {@code glossary}. */
    public static TermMatcher vietnamese(Glossary glossary) {
        return new TermMatcher(glossary, false);
    }

    /**
     * Every occurrence of every term, overlapping ones included ("blood" inside "blood
     * transfusion"), ordered by start and then by length, shorter first.
     */
    public List<TermMatch> findAll(String text) {
        Tokens tokens = tokens(text);
        List<TermMatch> matches = new ArrayList<>();
        for (int start = 0; start < tokens.size(); start++) {
            Node node = root;
            for (int t = start; t < tokens.size(); t++) {
                node = node.children.get(tokens.keys()[t]);
                if (node == null) {
                    break;
                }
                if (!node.entries.isEmpty()) {
                    matches.add(new TermMatch(new Span(tokens.starts()[start], tokens.ends()[t]), node.key, node.entries));
                }
            }
        }
        return matches;
    }

    /**
     * Occurrences that do not overlap, taking at each place the longest term that starts there
     * (leftmost-longest): what a reader sees as the terms of a text, as for highlighting.
     */
    public List<TermMatch> findLongest(String text) {
        Tokens tokens = tokens(text);
        List<TermMatch> matches = new ArrayList<>();
        int start = 0;
        while (start < tokens.size()) {
            Node node = root;
            Node longest = null;
            int longestEnd = -1;
            for (int t = start; t < tokens.size(); t++) {
                node = node.children.get(tokens.keys()[t]);
                if (node == null) {
                    break;
                }
                if (!node.entries.isEmpty()) {
                    longest = node;
                    longestEnd = t;
                }
            }
            if (longest == null) {
                start++;
            } else {
                matches.add(new TermMatch(new Span(tokens.starts()[start], tokens.ends()[longestEnd]), longest.key,
                        longest.entries));
                start = longestEnd + 1;
            }
        }
        return matches;
    }

    private Tokens tokens(String text) {
        return english ? TermTokens.english(text) : TermTokens.vietnamese(text);
    }
}
