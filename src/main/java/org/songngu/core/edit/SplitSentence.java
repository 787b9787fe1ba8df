package org.songngu.core.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.Confidence;
import org.songngu.core.align.RowId;
import org.songngu.core.document.Sentence;

/**
 * Splits one sentence's text into two sentences at a character offset, for a break the segmenter
 * missed. Whitespace at the cut goes to neither piece. The pieces' document offsets follow the
 * original's: the first keeps its start, the second keeps its end; where the text was edited and no
 * longer spans its offsets, the cut is clamped into the original range.
 *
 * @param sentence 0-based index of the sentence on that side of the row
 * @param offset the cut, as a char index into the sentence's text
 */
public record SplitSentence(RowId row, Side side, int sentence, int offset) implements AlignmentEdit {

    public SplitSentence {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(side, "side");
    }

    @Override
    public EditResult apply(Alignment alignment) throws EditRejectedException {
        int index = Rows.indexOf(alignment, row);
        Sentence old = Rows.sentence(alignment, index, side, sentence);
        String text = old.text();
        String name = side.label() + " sentence " + (sentence + 1) + " of row " + Rows.number(index);
        if (offset < 0 || offset > text.length()) {
            throw new EditRejectedException(name + " has " + text.length() + " characters: offset " + offset
                    + " is outside it");
        }
        if (offset < text.length() && Character.isLowSurrogate(text.charAt(offset)) && offset > 0
                && Character.isHighSurrogate(text.charAt(offset - 1))) {
            throw new EditRejectedException("offset " + offset + " falls inside a character of " + name);
        }
        String head = text.substring(0, offset).stripTrailing();
        String tail = text.substring(offset);
        int skipped = tail.length() - tail.stripLeading().length();
        tail = tail.stripLeading();
        if (head.isEmpty() || tail.isEmpty()) {
            throw new EditRejectedException("splitting " + name + " at offset " + offset + " would leave a blank piece");
        }
        Rows.requireUnconfirmed(alignment, index);
        int headEnd = Math.min(old.end(), old.start() + head.length());
        int tailStart = Math.min(old.end(), old.start() + offset + skipped);
        List<Sentence> sentences = new ArrayList<>(side.of(alignment.row(index)));
        sentences.set(sentence, new Sentence(head, old.start(), headEnd));
        sentences.add(sentence + 1, new Sentence(tail, tailStart, old.end()));
        AlignmentRow changed = side.with(alignment.row(index), sentences).withConfidence(Confidence.UNKNOWN);
        return new EditResult(Rows.splice(alignment, index, 1, List.of(changed), alignment.nextId()),
                Rows.restore(alignment, index, 1, List.of(row)));
    }

    @Override
    public String description() {
        return "Split sentence";
    }

    @Override
    public EditName name(Alignment before) {
        int index = Rows.find(before, row);
        return index < 0 || sentence < 0 ? new EditName.Text(description())
                : new EditName.SplitSentence(Rows.number(index), side, sentence + 1);
    }
}
