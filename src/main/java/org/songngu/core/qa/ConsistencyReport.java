package org.songngu.core.qa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.glossary.Glossary;
import org.songngu.core.glossary.TermEntry;
import org.songngu.core.glossary.TermMatch;
import org.songngu.core.glossary.TermMatcher;

/**
 * For each English glossary term found in an alignment, every Vietnamese rendering of the glossary
 * found in the rows that have the term, with counts: the evidence a team needs to pick one
 * rendering and correct the rest.
 */
public final class ConsistencyReport {

    private ConsistencyReport() {
    }

    /** The usage of each English term that occurs, in glossary order; rows with an empty side are left out. */
    public static List<TermUsage> of(Glossary glossary, Alignment alignment) {
        TermMatcher english = TermMatcher.english(glossary);
        TermMatcher vietnamese = TermMatcher.vietnamese(glossary);
        Map<String, int[]> rows = new LinkedHashMap<>();
        Map<TermEntry, int[]> counts = new LinkedHashMap<>();
        Map<String, int[]> without = new LinkedHashMap<>();
        for (String term : glossary.englishTerms()) {
            String key = glossary.lookup(term).get(0).englishKey();
            rows.put(key, new int[1]);
            without.put(key, new int[1]);
        }
        for (AlignmentRow row : alignment.rows()) {
            if (row.english().isEmpty() || row.vietnamese().isEmpty()) {
                continue;
            }
            List<TermMatch> englishMatches = english.findLongest(RowText.of(row.english()));
            if (englishMatches.isEmpty()) {
                continue;
            }
            Map<String, List<TermEntry>> terms = new LinkedHashMap<>();
            for (TermMatch match : englishMatches) {
                terms.putIfAbsent(match.key(), match.entries());
            }
            List<TermMatch> vietnameseMatches = vietnamese.findAll(RowText.of(row.vietnamese()));
            for (Map.Entry<String, List<TermEntry>> term : terms.entrySet()) {
                rows.get(term.getKey())[0]++;
                boolean any = false;
                for (TermMatch match : vietnameseMatches) {
                    for (TermEntry entry : match.entries()) {
                        if (term.getValue().contains(entry)) {
                            counts.computeIfAbsent(entry, e -> new int[1])[0]++;
                            any = true;
                        }
                    }
                }
                if (!any) {
                    without.get(term.getKey())[0]++;
                }
            }
        }
        List<TermUsage> usages = new ArrayList<>();
        for (String term : glossary.englishTerms()) {
            List<TermEntry> entries = glossary.lookup(term);
            String key = entries.get(0).englishKey();
            if (rows.get(key)[0] == 0) {
                continue;
            }
            List<TermUsage.Rendering> renderings = new ArrayList<>();
            for (TermEntry entry : entries) {
                int[] count = counts.get(entry);
                if (count != null) {
                    renderings.add(new TermUsage.Rendering(entry, count[0]));
                }
            }
            renderings.sort(Comparator.comparingInt(TermUsage.Rendering::count).reversed());
            usages.add(new TermUsage(term, rows.get(key)[0], renderings, without.get(key)[0]));
        }
        return usages;
    }
}
