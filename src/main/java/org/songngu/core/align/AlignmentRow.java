package org.songngu.core.align;

import java.util.List;
import java.util.Objects;
import org.songngu.core.document.Sentence;

/**
 * One row of an alignment: English sentences beside the Vietnamese sentences that translate them.
 * One side may be empty (a sentence without counterpart, or an empty row a person inserted).
 * Sentences keep their offsets in the source document even after their text is edited.
 */
public record AlignmentRow(RowId id, List<Sentence> english, List<Sentence> vietnamese, RowStatus status,
        Confidence confidence) {

    public AlignmentRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(confidence, "confidence");
        english = List.copyOf(english);
        vietnamese = List.copyOf(vietnamese);
    }

    public boolean isEmpty() {
        return english.isEmpty() && vietnamese.isEmpty();
    }

    /** The shape of the row, such as 1–1 or 2–0, as shown in the grid. */
    public String beadType() {
        return english.size() + "–" + vietnamese.size();
    }

    public AlignmentRow withStatus(RowStatus newStatus) {
        return new AlignmentRow(id, english, vietnamese, newStatus, confidence);
    }

    public AlignmentRow withSides(List<Sentence> newEnglish, List<Sentence> newVietnamese) {
        return new AlignmentRow(id, newEnglish, newVietnamese, status, confidence);
    }

    public AlignmentRow withConfidence(Confidence newConfidence) {
        return new AlignmentRow(id, english, vietnamese, status, newConfidence);
    }
}
