package org.songngu.core.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.RowId;
import org.songngu.core.document.Sentence;
import org.songngu.core.text.TextNormalizer;

/**
 * Replaces one sentence's text, keeping its document offsets. The new text is normalized like
 * document text, so matching keeps working.
 *
 * <p>Allowed on confirmed rows: translators fix typos in rows they have checked, and a text fix
 * does not change which sentences are aligned with which, so status and confidence stay.
 *
 * @param sentence 0-based index of the sentence on that side of the row
 */
public record EditSentenceText(RowId row, Side side, int sentence, String text) implements AlignmentEdit {

    public EditSentenceText {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public EditResult apply(Alignment alignment) throws EditRejectedException {
        int index = Rows.indexOf(alignment, row);
        Sentence old = Rows.sentence(alignment, index, side, sentence);
        String name = side.label() + " sentence " + (sentence + 1) + " of row " + Rows.number(index);
        String normalized = TextNormalizer.normalize(text);
        if (normalized.isBlank()) {
            throw new EditRejectedException(name + " cannot be blank: merge or move sentences instead");
        }
        if (normalized.equals(old.text())) {
            throw new EditRejectedException(name + " already has this text");
        }
        List<Sentence> sentences = new ArrayList<>(side.of(alignment.row(index)));
        sentences.set(sentence, new Sentence(normalized, old.start(), old.end()));
        AlignmentRow changed = side.with(alignment.row(index), sentences);
        return new EditResult(Rows.splice(alignment, index, 1, List.of(changed), alignment.nextId()),
                Rows.restore(alignment, index, 1, List.of(row)));
    }

    @Override
    public String description() {
        return "Edit sentence text";
    }

    @Override
    public EditName name(Alignment before) {
        int index = Rows.find(before, row);
        return index < 0 || sentence < 0 ? new EditName.Text(description())
                : new EditName.EditSentence(Rows.number(index), side, sentence + 1);
    }
}
