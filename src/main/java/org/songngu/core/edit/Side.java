package org.songngu.core.edit;

import java.util.List;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.document.Sentence;

/** One side of an alignment row. */
public enum Side {
    ENGLISH("English"),
    VIETNAMESE("Vietnamese");

    private final String label;

    Side(String label) {
        this.label = label;
    }

    /** The side's name as messages show it. */
    public String label() {
        return label;
    }

    public List<Sentence> of(AlignmentRow row) {
        return this == ENGLISH ? row.english() : row.vietnamese();
    }

    /** {@code row} with this side replaced and the other side kept. */
    AlignmentRow with(AlignmentRow row, List<Sentence> sentences) {
        return this == ENGLISH ? row.withSides(sentences, row.vietnamese()) : row.withSides(row.english(), sentences);
    }
}
