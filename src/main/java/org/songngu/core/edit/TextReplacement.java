package org.songngu.core.edit;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.RowStatus;
import org.songngu.core.document.Sentence;
import org.songngu.core.text.MatchKey;

/**
 * Replaces what the find bar finds: every occurrence of a query in a sentence, matched like {@link
 * org.songngu.core.align.TextSearch} (ignoring case and, if asked, diacritics), becomes the
 * replacement text. The result is one {@link CompoundEdit} of {@link EditSentenceText}s, so a
 * replacement undoes in one step.
 *
 * <p>Replace all leaves confirmed rows alone: a person checked them, and a bulk change should not
 * alter them unseen. It says how many it skipped. Replacing in one row, which the user is looking
 * at, works on a confirmed row as a text edit does. A query is matched within one sentence.
 */
public final class TextReplacement {

    /** What a replacement would do: the edit, if any, and how many occurrences and rows it changes or skipped. */
    public record Outcome(Optional<AlignmentEdit> edit, int occurrences, int rows, int skippedConfirmedRows) {

        public Outcome {
            Objects.requireNonNull(edit, "edit");
        }
    }

    private final String query;
    private final String replacement;
    private final boolean ignoreDiacritics;
    private final String key;

    public TextReplacement(String query, String replacement, boolean ignoreDiacritics) {
        this.query = Objects.requireNonNull(query, "query").strip();
        this.replacement = Objects.requireNonNull(replacement, "replacement");
        this.ignoreDiacritics = ignoreDiacritics;
        this.key = fold(this.query);
    }

    /** Replaces the occurrences in row {@code index}, confirmed or not. */
    public Outcome inRow(Alignment alignment, int index) {
        List<AlignmentEdit> edits = new ArrayList<>();
        int occurrences = replace(alignment.row(index), edits);
        return outcome(edits, occurrences, edits.isEmpty() ? 0 : 1, 0,
                new EditName.ReplaceTextInRow(query, replacement, index + 1));
    }

    /** Replaces the occurrences in every unconfirmed row. */
    public Outcome everywhere(Alignment alignment) {
        List<AlignmentEdit> edits = new ArrayList<>();
        int occurrences = 0;
        int rows = 0;
        int skipped = 0;
        for (AlignmentRow row : alignment.rows()) {
            if (row.status() == RowStatus.CONFIRMED) {
                skipped += count(row) > 0 ? 1 : 0;
                continue;
            }
            int before = edits.size();
            occurrences += replace(row, edits);
            rows += edits.size() > before ? 1 : 0;
        }
        return outcome(edits, occurrences, rows, skipped,
                rows == 0 ? null : new EditName.ReplaceTextInRows(query, replacement, rows));
    }

    /** @param name what the Undo menu calls the edit; null when there are no edits */
    private Outcome outcome(List<AlignmentEdit> edits, int occurrences, int rows, int skipped, EditName name) {
        Optional<AlignmentEdit> edit = edits.isEmpty() ? Optional.empty() : Optional.of(new CompoundEdit(name, edits));
        return new Outcome(edit, occurrences, rows, skipped);
    }

    /** Adds the edits for one row's changed sentences; returns how many occurrences they replace. */
    private int replace(AlignmentRow row, List<AlignmentEdit> edits) {
        int occurrences = 0;
        for (Side side : Side.values()) {
            List<Sentence> sentences = side.of(row);
            for (int i = 0; i < sentences.size(); i++) {
                String text = sentences.get(i).text();
                List<int[]> found = occurrences(text);
                if (found.isEmpty()) {
                    continue;
                }
                String changed = replaced(text, found);
                if (!Normalizer.normalize(changed, Normalizer.Form.NFC).equals(text)) {
                    edits.add(new EditSentenceText(row.id(), side, i, changed));
                    occurrences += found.size();
                }
            }
        }
        return occurrences;
    }

    private int count(AlignmentRow row) {
        int occurrences = 0;
        for (Side side : Side.values()) {
            for (Sentence sentence : side.of(row)) {
                occurrences += occurrences(sentence.text()).size();
            }
        }
        return occurrences;
    }

    private String replaced(String text, List<int[]> found) {
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (int[] range : found) {
            out.append(text, at, range[0]).append(replacement);
            at = range[1];
        }
        return out.append(text, at, text.length()).toString();
    }

    /**
     * Where the query occurs in {@code text}, as [start, end) ranges of its characters, left to right
     * without overlaps. Each character is folded on its own, so folded positions map back to the text.
     */
    List<int[]> occurrences(String text) {
        if (key.isEmpty()) {
            return List.of();
        }
        StringBuilder folded = new StringBuilder(text.length());
        List<Integer> startOf = new ArrayList<>(text.length() + 1);
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            String one = fold(text.substring(i, text.offsetByCodePoints(i, 1)));
            for (int k = 0; k < one.length(); k++) {
                startOf.add(i);
            }
            folded.append(one);
        }
        startOf.add(text.length());
        List<int[]> found = new ArrayList<>();
        for (int at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + key.length())) {
            int start = startOf.get(at);
            int end = endOf(text, startOf, at + key.length());
            found.add(new int[] {start, end});
        }
        return found;
    }

    /**
     * The text position just past the character that gave folded position {@code foldedEnd - 1},
     * taking in combining marks that follow it, which fold to nothing.
     */
    private int endOf(String text, List<Integer> startOf, int foldedEnd) {
        int last = startOf.get(foldedEnd - 1);
        int end = text.offsetByCodePoints(last, 1);
        while (end < text.length() && Character.getType(text.codePointAt(end)) == Character.NON_SPACING_MARK) {
            end = text.offsetByCodePoints(end, 1);
        }
        return end;
    }

    private String fold(String text) {
        return ignoreDiacritics ? MatchKey.folded(text)
                : Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
