package org.songngu.ui.grid;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.songngu.core.align.RowId;
import org.songngu.core.glossary.Glossary;
import org.songngu.core.glossary.TermMatch;
import org.songngu.core.glossary.TermMatcher;

/**
 * The glossary terms in each side of each row, found when the row is first painted and kept until
 * its text or the glossary changes: the grid paints only rows in view, so a long document is never
 * matched all at once on the event thread.
 */
final class TermHighlights {

    /** Rows kept per side: a few screens' worth more than anyone scrolls back over quickly. */
    private static final int KEPT = 4096;

    /** A side's text and the terms found in it, kept while the row still has that text. */
    private record Found(String text, List<TermMatch> matches) {
    }

    private Glossary glossary = Glossary.empty();
    private TermMatcher english;
    private TermMatcher vietnamese;
    private final Map<RowId, Found> englishFound = lru();
    private final Map<RowId, Found> vietnameseFound = lru();

    /** Matches {@code newGlossary} from now on; what was found with the previous one is forgotten. */
    void use(Glossary newGlossary) {
        Objects.requireNonNull(newGlossary, "newGlossary");
        if (newGlossary.equals(glossary)) {
            return;
        }
        glossary = newGlossary;
        english = newGlossary.isEmpty() ? null : TermMatcher.english(newGlossary);
        vietnamese = newGlossary.isEmpty() ? null : TermMatcher.vietnamese(newGlossary);
        englishFound.clear();
        vietnameseFound.clear();
    }

    Glossary glossary() {
        return glossary;
    }

    /** The terms a reader sees in a row's English text: leftmost-longest, not overlapping. */
    List<TermMatch> english(RowId row, String text) {
        return find(englishFound, english, row, text);
    }

    /** The terms a reader sees in a row's Vietnamese text: leftmost-longest, not overlapping. */
    List<TermMatch> vietnamese(RowId row, String text) {
        return find(vietnameseFound, vietnamese, row, text);
    }

    private static List<TermMatch> find(Map<RowId, Found> found, TermMatcher matcher, RowId row, String text) {
        if (matcher == null) {
            return List.of();
        }
        Found kept = found.get(row);
        if (kept == null || !kept.text().equals(text)) {
            kept = new Found(text, matcher.findLongest(text));
            found.put(row, kept);
        }
        return kept.matches();
    }

    private static Map<RowId, Found> lru() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<RowId, Found> eldest) {
                return size() > KEPT;
            }
        };
    }
}
