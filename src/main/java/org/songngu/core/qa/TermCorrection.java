package org.songngu.core.qa;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.RowId;
import org.songngu.core.document.Sentence;
import org.songngu.core.edit.AlignmentEdit;
import org.songngu.core.edit.CompoundEdit;
import org.songngu.core.edit.EditName;
import org.songngu.core.edit.EditSentenceText;
import org.songngu.core.edit.Side;
import org.songngu.core.glossary.Glossary;
import org.songngu.core.glossary.TermEntry;
import org.songngu.core.glossary.TermMatch;
import org.songngu.core.glossary.TermMatcher;
import org.songngu.core.text.Span;

/**
 * Replaces the variant renderings of one English term (its other approved and its forbidden
 * renderings) with the chosen approved one, in the Vietnamese sentences of rows whose English has
 * the term: previewed first, then applied as one undoable edit.
 *
 * <p>Rows without the English term are left alone, since there a variant may translate something
 * else. A variant inside the chosen rendering ("truyền máu" inside "truyền máu ngược") is not a
 * variant use and stays. A variant that starts with a capital letter gets a capital first letter.
 */
public final class TermCorrection {

    /** One Vietnamese sentence as it is and as the correction would leave it. */
    public record Change(int row, RowId id, int sentence, String before, String after) {

        public Change {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }

    private final TermEntry chosen;
    private final TermMatcher english;
    private final TermMatcher vietnamese;

    private TermCorrection(TermEntry chosen, List<TermEntry> entries) {
        this.chosen = chosen;
        Glossary term = Glossary.of(entries);
        this.english = TermMatcher.english(term);
        this.vietnamese = TermMatcher.vietnamese(term);
    }

    /**
     * A correction towards {@code chosen}, an approved entry of {@code glossary}.
     *
     * @throws IllegalArgumentException when {@code chosen} is not an approved entry of the glossary
     */
    public static TermCorrection to(Glossary glossary, TermEntry chosen) {
        if (!glossary.approved(chosen.english()).contains(chosen)) {
            throw new IllegalArgumentException(chosen.pair() + " is not an approved entry of the glossary");
        }
        return new TermCorrection(chosen, glossary.lookup(chosen.english()));
    }

    /** The sentences the correction would change in the given rows, in row order; rows not in the alignment are ignored. */
    public List<Change> preview(Alignment alignment, Collection<RowId> rows) {
        Set<RowId> wanted = new HashSet<>(rows);
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < alignment.size(); i++) {
            AlignmentRow row = alignment.row(i);
            if (!wanted.contains(row.id()) || row.vietnamese().isEmpty()
                    || english.findAll(RowText.of(row.english())).isEmpty()) {
                continue;
            }
            for (int s = 0; s < row.vietnamese().size(); s++) {
                Sentence sentence = row.vietnamese().get(s);
                String after = corrected(sentence.text());
                if (!after.equals(sentence.text())) {
                    changes.add(new Change(i + 1, row.id(), s, sentence.text(), after));
                }
            }
        }
        return changes;
    }

    /** The sentences the correction would change in every row. */
    public List<Change> preview(Alignment alignment) {
        return preview(alignment, alignment.rows().stream().map(AlignmentRow::id).toList());
    }

    /** The previewed changes as one undoable edit; empty when there is nothing to change. */
    public Optional<CompoundEdit> edit(List<Change> changes) {
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        List<AlignmentEdit> edits = changes.stream()
                .<AlignmentEdit>map(c -> new EditSentenceText(c.id(), Side.VIETNAMESE, c.sentence(), c.after()))
                .toList();
        return Optional.of(new CompoundEdit(new EditName.UseRendering(chosen.vietnamese(), chosen.english()), edits));
    }

    private String corrected(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (TermMatch match : vietnamese.findLongest(text)) {
            if (match.entries().contains(chosen)) {
                continue;
            }
            Span span = match.span();
            if (out == null) {
                out = new StringBuilder(text.length() + 16);
            }
            out.append(text, copied, span.start()).append(withCaseOf(text.charAt(span.start()), chosen.vietnamese()));
            copied = span.end();
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static String withCaseOf(char first, String replacement) {
        if (Character.isUpperCase(first) && !replacement.isEmpty() && Character.isLowerCase(replacement.charAt(0))) {
            return replacement.substring(0, 1).toUpperCase(Locale.ROOT) + replacement.substring(1);
        }
        return replacement;
    }
}
