package org.songngu.core.qa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.glossary.Glossary;
import org.songngu.core.glossary.TermEntry;
import org.songngu.core.glossary.TermMatch;
import org.songngu.core.glossary.TermMatcher;
import org.songngu.core.glossary.TermStatus;
import org.songngu.core.task.Cancellation;
import org.songngu.core.text.Numbers;

/**
 * Checks every row of an alignment against a glossary and against itself: missing and forbidden
 * terms, numbers that differ, lengths far from the document's usual ratio. Built once per
 * glossary; safe to share between threads.
 *
 * <p>Rows with an empty side are skipped by every check: there is nothing to compare, and the
 * grid already shows them as one-sided. English terms are taken leftmost-longest, so "blood
 * transfusion" does not also count as "blood"; Vietnamese renderings count wherever they occur.
 * A forbidden rendering is a finding only in a row whose English has the term it is forbidden
 * for: "tái truyền máu" may be right for another term.
 */
public final class QaChecker {

    /** Rows per unit of parallel work: large enough that splitting costs nothing, small enough to share out. */
    private static final int CHUNK = 2048;

    private final TermMatcher english;
    private final TermMatcher vietnamese;
    /** By English matching key: what a row with that term must and must not have, made on first sight. */
    private final Map<String, TermRule> rules = new ConcurrentHashMap<>();

    /**
     * One English term's entries sorted out once, not once per row: row checks then run plain
     * loops, which also keeps the JIT's work on them small.
     */
    private record TermRule(String english, List<TermEntry> approved, List<String> renderings,
            List<TermEntry> forbidden) {

        static TermRule of(List<TermEntry> entries) {
            List<TermEntry> approved = entries.stream().filter(e -> e.status() == TermStatus.APPROVED).toList();
            return new TermRule(entries.get(0).english(), approved, approved.stream().map(TermEntry::vietnamese).toList(),
                    entries.stream().filter(e -> e.status() == TermStatus.FORBIDDEN).toList());
        }
    }

    public QaChecker(Glossary glossary) {
        this.english = TermMatcher.english(glossary);
        this.vietnamese = TermMatcher.vietnamese(glossary);
    }

    /** All findings, by row and then in the order of {@link QaCheck}. */
    public List<QaFinding> check(Alignment alignment) {
        return check(alignment, Cancellation.NEVER);
    }

    /**
     * All findings, by row and then in the order of {@link QaCheck}; stops when cancelled. Rows are
     * checked in parallel chunks: each row's checks are independent, and QA of a long document
     * should use the cores the machine has.
     */
    public List<QaFinding> check(Alignment alignment, Cancellation cancellation) {
        Optional<LengthRange> range = LengthRange.of(alignment);
        int chunks = (alignment.size() + CHUNK - 1) / CHUNK;
        return IntStream.range(0, chunks).parallel()
                .mapToObj(chunk -> check(alignment, chunk * CHUNK, Math.min(alignment.size(), (chunk + 1) * CHUNK),
                        range, cancellation))
                .flatMap(List::stream)
                .toList();
    }

    private List<QaFinding> check(Alignment alignment, int from, int to, Optional<LengthRange> range,
            Cancellation cancellation) {
        cancellation.check();
        List<QaFinding> findings = new ArrayList<>();
        for (int i = from; i < to; i++) {
            AlignmentRow row = alignment.row(i);
            if (row.english().isEmpty() || row.vietnamese().isEmpty()) {
                continue;
            }
            check(i + 1, RowText.of(row.english()), RowText.of(row.vietnamese()), range, findings);
        }
        return findings;
    }

    private void check(int number, String en, String vi, Optional<LengthRange> range, List<QaFinding> findings) {
        terms(number, en, vi, findings);
        numbers(number, en, vi, findings);
        if (range.isPresent() && range.get().isOutside(en.length(), vi.length())) {
            findings.add(new QaFinding.LengthRatio(number, (double) vi.length() / Math.max(1, en.length()),
                    range.get().low(), range.get().high()));
        }
    }

    private void terms(int number, String en, String vi, List<QaFinding> findings) {
        List<TermMatch> englishMatches = english.findLongest(en);
        if (englishMatches.isEmpty()) {
            return;
        }
        List<TermMatch> vietnameseMatches = vietnamese.findAll(vi);
        List<QaFinding> forbidden = new ArrayList<>(0);
        for (int m = 0; m < englishMatches.size(); m++) {
            TermMatch match = englishMatches.get(m);
            if (occursBefore(match.key(), englishMatches, m)) {
                continue;
            }
            TermRule rule = rules.computeIfAbsent(match.key(), key -> TermRule.of(match.entries()));
            if (!rule.approved().isEmpty() && !usesAny(vietnameseMatches, rule.approved())) {
                findings.add(new QaFinding.MissingTerm(number, rule.english(), rule.renderings()));
            }
            for (TermEntry entry : rule.forbidden()) {
                if (usesAny(vietnameseMatches, List.of(entry))) {
                    forbidden.add(new QaFinding.ForbiddenTerm(number, entry.english(), entry.vietnamese(),
                            rule.renderings()));
                }
            }
        }
        findings.addAll(forbidden);
    }

    /** Whether the term of {@code key} was already among the first {@code count} matches: one finding per term. */
    private static boolean occursBefore(String key, List<TermMatch> matches, int count) {
        for (int m = 0; m < count; m++) {
            if (matches.get(m).key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any of {@code entries} is among the Vietnamese renderings found in the row. */
    private static boolean usesAny(List<TermMatch> vietnameseMatches, List<TermEntry> entries) {
        for (TermMatch match : vietnameseMatches) {
            for (TermEntry entry : entries) {
                if (match.entries().contains(entry)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void numbers(int number, String en, String vi, List<QaFinding> findings) {
        List<String> englishGroups = Numbers.groups(en);
        List<String> vietnameseGroups = Numbers.groups(vi);
        if (englishGroups.isEmpty() && vietnameseGroups.isEmpty()) {
            return;
        }
        Map<String, Integer> balance = new HashMap<>();
        for (String group : englishGroups) {
            balance.merge(Numbers.key(group, false), 1, Integer::sum);
        }
        for (String group : vietnameseGroups) {
            balance.merge(Numbers.key(group, true), -1, Integer::sum);
        }
        if (balance.values().stream().allMatch(count -> count == 0)) {
            return;
        }
        List<String> onlyEnglish = unmatched(englishGroups, false, balance, 1);
        List<String> onlyVietnamese = unmatched(vietnameseGroups, true, balance, -1);
        findings.add(new QaFinding.NumbersDiffer(number, onlyEnglish, onlyVietnamese));
    }

    /** The groups, as written, that the other side lacks: as many of each value as are left over. */
    private static List<String> unmatched(List<String> groups, boolean decimalComma, Map<String, Integer> balance,
            int sign) {
        Map<String, Integer> left = new HashMap<>();
        balance.forEach((key, count) -> {
            if (count * sign > 0) {
                left.put(key, count * sign);
            }
        });
        List<String> unmatched = new ArrayList<>();
        // The last occurrences are the extra ones, so a repeated number is named where it repeats.
        for (int i = groups.size() - 1; i >= 0; i--) {
            String key = Numbers.key(groups.get(i), decimalComma);
            Integer count = left.get(key);
            if (count != null && count > 0) {
                left.put(key, count - 1);
                unmatched.add(0, groups.get(i));
            }
        }
        return unmatched;
    }
}
