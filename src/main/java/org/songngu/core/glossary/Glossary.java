package org.songngu.core.glossary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable, ordered list of term entries with look-ups by English term.
 *
 * <p>Two entries with the same English and Vietnamese matching keys are the same pair, whatever
 * their status or note, and a glossary refuses the second: merging would have to choose between
 * two statuses or notes silently, and an approved-and-forbidden pair is a contradiction the user
 * must resolve. An English term may have several entries (several approved renderings, forbidden
 * ones beside them).
 */
public final class Glossary {

    private static final Glossary EMPTY = new Glossary(List.of());

    private final List<TermEntry> entries;
    private final Map<String, List<TermEntry>> byEnglishKey;

    private Glossary(List<TermEntry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, List<TermEntry>> index = new LinkedHashMap<>();
        Map<String, TermEntry> pairs = new HashMap<>();
        for (TermEntry entry : this.entries) {
            String englishKey = entry.englishKey();
            TermEntry earlier = pairs.putIfAbsent(englishKey + "\n" + entry.vietnameseKey(), entry);
            if (earlier != null) {
                throw new IllegalArgumentException(entry.pair() + " is already in the glossary as "
                        + earlier.pair() + " (" + earlier.status().label() + ")");
            }
            index.computeIfAbsent(englishKey, k -> new ArrayList<>()).add(entry);
        }
        index.replaceAll((key, list) -> List.copyOf(list));
        this.byEnglishKey = index;
    }

    public static Glossary empty() {
        return EMPTY;
    }

    /**
     * A glossary of these entries in this order.
     *
     * @throws IllegalArgumentException when two entries are the same pair; the message names both
     */
    public static Glossary of(List<TermEntry> entries) {
        return entries.isEmpty() ? EMPTY : new Glossary(entries);
    }

    public List<TermEntry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * The entries of an English term, matched like text (case and regular inflections ignored:
     * "Patients" finds "patient"), in glossary order; empty when there are none.
     */
    public List<TermEntry> lookup(String english) {
        return byEnglishKey.getOrDefault(TermTokens.key(TermTokens.english(english)), List.of());
    }

    /** The approved renderings of an English term, in glossary order. */
    public List<TermEntry> approved(String english) {
        return lookup(english).stream().filter(e -> e.status() == TermStatus.APPROVED).toList();
    }

    /** The forbidden renderings of an English term, in glossary order. */
    public List<TermEntry> forbidden(String english) {
        return lookup(english).stream().filter(e -> e.status() == TermStatus.FORBIDDEN).toList();
    }

    /**
     * Each English term once, as its first entry writes it, in glossary order; terms whose keys are
     * equal ("patient", "Patients") count as one.
     */
    public List<String> englishTerms() {
        return byEnglishKey.values().stream().map(list -> list.get(0).english()).toList();
    }

    /** This glossary with {@code entry} appended; refused like {@link #of} when the pair is already here. */
    public Glossary with(TermEntry entry) {
        List<TermEntry> more = new ArrayList<>(entries);
        more.add(entry);
        return new Glossary(more);
    }

    /** This glossary with {@code entries} appended in order. */
    public Glossary withAll(Glossary other) {
        if (other.isEmpty()) {
            return this;
        }
        List<TermEntry> more = new ArrayList<>(entries);
        more.addAll(other.entries);
        return new Glossary(more);
    }

    /** This glossary without {@code entry}; unchanged when it is not here. */
    public Glossary without(TermEntry entry) {
        List<TermEntry> fewer = new ArrayList<>(entries);
        fewer.remove(entry);
        return of(fewer);
    }

    /**
     * This glossary with {@code old} replaced by {@code replacement} in the same place.
     *
     * @throws IllegalArgumentException when {@code old} is not here or the replacement duplicates another entry
     */
    public Glossary replace(TermEntry old, TermEntry replacement) {
        int index = entries.indexOf(old);
        if (index < 0) {
            throw new IllegalArgumentException(old.pair() + " is not in the glossary");
        }
        List<TermEntry> changed = new ArrayList<>(entries);
        changed.set(index, replacement);
        return new Glossary(changed);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Glossary glossary && entries.equals(glossary.entries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entries);
    }

    @Override
    public String toString() {
        return "Glossary" + entries;
    }
}
