package org.songngu.core.qa;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.RowStatus;
import org.songngu.core.glossary.Glossary;
import org.songngu.core.glossary.TermEntry;
import org.songngu.core.glossary.TermWords;
import org.songngu.core.glossary.TermWords.Word;

/**
 * Proposes English–Vietnamese term pairs from confirmed rows: English word n-grams that look like
 * noun phrases (no function word at either end, no digits) and Vietnamese syllable n-grams that
 * recur in the same rows, scored by the Dice coefficient of the rows they occur in.
 *
 * <p>Dice (2·both / (english + vietnamese), counted in rows) rather than log-likelihood: the
 * candidates are shown to a person who accepts or rejects them, and Dice is easy to read ("0.8:
 * they nearly always come together") and does not favour frequent pairs that merely co-occur. Only
 * confirmed rows are used, since unconfirmed ones may be misaligned; a pair must occur together in
 * at least {@code minRows} rows. Each English n-gram gets its best Vietnamese partner, the longer
 * on a tie, so "truyền máu ngược" wins over its part "truyền máu" when both always co-occur.
 */
public final class TermCandidates {

    /** A proposed pair; {@code rows} is how many confirmed rows hold both. */
    public record Candidate(String english, String vietnamese, int rows, double dice) {
    }

    // Written for this purpose: words that do not begin or end an English term.
    private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of("a", "an", "the", "of", "in", "on", "at", "to",
            "for", "with", "by", "from", "and", "or", "but", "is", "are", "was", "were", "be", "been", "being", "it",
            "its", "this", "that", "these", "those", "as", "can", "may", "must", "should", "will", "would", "his",
            "her", "their", "he", "she", "they", "we", "you", "which", "who", "such", "than", "then", "also", "not",
            "no", "into", "any", "all", "some", "has", "have", "had", "do", "does", "if", "so", "there", "about",
            "after", "before", "during", "through", "up", "out", "own", "other", "more", "most", "very");
    // Likewise for Vietnamese syllables.
    private static final Set<String> VIETNAMESE_FUNCTION_SYLLABLES = Set.of("và", "của", "là", "có", "được", "cho",
            "các", "những", "một", "trong", "với", "để", "thì", "này", "đó", "khi", "từ", "về", "bị", "sẽ", "đã",
            "đang", "cũng", "như", "nếu", "nhưng", "rồi", "hoặc", "mà", "ở", "ra", "vào", "lại", "nào", "không",
            "rất", "nhiều", "ít", "sau", "trước", "bởi", "vì", "do", "tại", "theo", "nó", "họ", "chúng", "ta");

    private static final int MAX_ENGLISH_WORDS = 3;
    private static final int MAX_VIETNAMESE_SYLLABLES = 4;

    private TermCandidates() {
    }

    /**
     * Candidates from the confirmed rows of {@code alignment}, best first, leaving out pairs the
     * glossary already has.
     */
    public static List<Candidate> mine(Alignment alignment, Glossary glossary, int minRows) {
        if (minRows < 1) {
            throw new IllegalArgumentException("a candidate must occur in at least 1 row, not " + minRows);
        }
        List<Set<String>> englishRows = new ArrayList<>();
        List<Set<String>> vietnameseRows = new ArrayList<>();
        Map<String, Map<String, Integer>> englishForms = new HashMap<>();
        Map<String, Map<String, Integer>> vietnameseForms = new HashMap<>();
        for (AlignmentRow row : alignment.rows()) {
            if (row.status() != RowStatus.CONFIRMED || row.english().isEmpty() || row.vietnamese().isEmpty()) {
                continue;
            }
            englishRows.add(ngrams(TermWords.english(RowText.of(row.english())), MAX_ENGLISH_WORDS,
                    ENGLISH_FUNCTION_WORDS, englishForms));
            vietnameseRows.add(ngrams(TermWords.vietnamese(RowText.of(row.vietnamese())), MAX_VIETNAMESE_SYLLABLES,
                    VIETNAMESE_FUNCTION_SYLLABLES, vietnameseForms));
        }
        Map<String, Integer> englishCounts = counts(englishRows);
        Map<String, Integer> vietnameseCounts = counts(vietnameseRows);
        Map<String, Map<String, Integer>> together = new HashMap<>();
        for (int r = 0; r < englishRows.size(); r++) {
            for (String en : englishRows.get(r)) {
                if (englishCounts.get(en) < minRows) {
                    continue;
                }
                Map<String, Integer> partners = together.computeIfAbsent(en, k -> new HashMap<>());
                for (String vi : vietnameseRows.get(r)) {
                    if (vietnameseCounts.get(vi) >= minRows) {
                        partners.merge(vi, 1, Integer::sum);
                    }
                }
            }
        }
        Set<String> known = new HashSet<>();
        for (TermEntry entry : glossary.entries()) {
            known.add(entry.englishKey() + "\n" + entry.vietnameseKey());
        }
        List<Candidate> candidates = new ArrayList<>();
        together.forEach((en, partners) -> {
            String best = null;
            double bestDice = -1;
            int bestRows = 0;
            for (Map.Entry<String, Integer> partner : partners.entrySet()) {
                int both = partner.getValue();
                if (both < minRows) {
                    continue;
                }
                double dice = 2.0 * both / (englishCounts.get(en) + vietnameseCounts.get(partner.getKey()));
                String vi = partner.getKey();
                if (dice > bestDice || (dice == bestDice && (vi.length() > best.length()
                        || (vi.length() == best.length() && vi.compareTo(best) < 0)))) {
                    best = vi;
                    bestDice = dice;
                    bestRows = both;
                }
            }
            if (best != null && !known.contains(en + "\n" + best)) {
                candidates.add(new Candidate(commonest(englishForms.get(en)), commonest(vietnameseForms.get(best)),
                        bestRows, bestDice));
            }
        });
        candidates.sort(Comparator.comparingDouble(Candidate::dice).reversed()
                .thenComparing(Comparator.comparingInt(Candidate::rows).reversed())
                .thenComparing(Candidate::english));
        return candidates;
    }

    /** The row's n-gram keys; records how each key was written so a candidate can be shown as written. */
    private static Set<String> ngrams(List<Word> words, int maxLength, Set<String> functionWords,
            Map<String, Map<String, Integer>> forms) {
        Set<String> keys = new HashSet<>();
        for (int start = 0; start < words.size(); start++) {
            if (!isContent(words.get(start), functionWords)) {
                continue;
            }
            StringBuilder key = new StringBuilder();
            StringBuilder form = new StringBuilder();
            for (int end = start; end < Math.min(words.size(), start + maxLength); end++) {
                Word word = words.get(end);
                if (hasDigit(word.text())) {
                    break;
                }
                if (end > start) {
                    key.append(' ');
                    form.append(' ');
                }
                key.append(word.key());
                form.append(word.text().toLowerCase(Locale.ROOT));
                if (isContent(word, functionWords) && keys.add(key.toString())) {
                    forms.computeIfAbsent(key.toString(), k -> new HashMap<>()).merge(form.toString(), 1, Integer::sum);
                }
            }
        }
        return keys;
    }

    private static boolean isContent(Word word, Set<String> functionWords) {
        return !functionWords.contains(word.text().toLowerCase(Locale.ROOT)) && !hasDigit(word.text());
    }

    private static boolean hasDigit(String text) {
        return text.chars().anyMatch(Character::isDigit);
    }

    private static Map<String, Integer> counts(List<Set<String>> rows) {
        Map<String, Integer> counts = new HashMap<>();
        rows.forEach(row -> row.forEach(key -> counts.merge(key, 1, Integer::sum)));
        return counts;
    }

    private static String commonest(Map<String, Integer> forms) {
        return forms.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                        Comparator.reverseOrder())))
                .orElseThrow().getKey();
    }
}
