package org.songngu.core.glossary;

import java.util.List;
import java.util.Objects;
import org.songngu.core.text.Span;

/**
 * A glossary term found in a text: where it stands in the text as given, the term's matching key
 * (equal for every occurrence of the same term, however inflected or written), and the entries
 * whose term (English or Vietnamese, by the matcher's language) it is.
 */
public record TermMatch(Span span, String key, List<TermEntry> entries) {

    public TermMatch {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(key, "key");
        entries = List.copyOf(entries);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a term match needs at least one entry");
        }
    }
}
