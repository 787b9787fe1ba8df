package org.songngu.core.edit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.songngu.core.align.Alignment;

/**
 * Several edits applied in order as one undoable step. If one is rejected the whole compound is,
 * and since alignments are immutable nothing has changed. The inverse undoes the parts in reverse.
 */
public record CompoundEdit(String description, List<AlignmentEdit> edits) implements AlignmentEdit {

    public CompoundEdit {
        Objects.requireNonNull(description, "description");
        edits = List.copyOf(edits);
        if (description.isBlank()) {
            throw new IllegalArgumentException("a compound edit needs a description for the Undo menu");
        }
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("a compound edit needs at least one edit");
        }
    }

    @Override
    public EditResult apply(Alignment alignment) throws EditRejectedException {
        Alignment current = alignment;
        List<AlignmentEdit> inverses = new ArrayList<>(edits.size());
        for (AlignmentEdit edit : edits) {
            EditResult result = edit.apply(current);
            current = result.alignment();
            inverses.add(result.inverse());
        }
        Collections.reverse(inverses);
        return new EditResult(current, new CompoundEdit("Undo " + description, inverses));
    }
}
