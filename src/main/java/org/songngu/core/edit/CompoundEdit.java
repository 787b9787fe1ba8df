package org.songngu.core.edit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.songngu.core.align.Alignment;

/**
 * Several edits applied in order as one undoable step. If one is rejected the whole compound is,
 * and since alignments are immutable nothing has changed. The inverse undoes the parts in reverse.
 *
 * @param name what the Undo menu calls the whole, since its parts do not say it
 */
public record CompoundEdit(EditName name, List<AlignmentEdit> edits) implements AlignmentEdit {

    public CompoundEdit {
        Objects.requireNonNull(name, "name");
        edits = List.copyOf(edits);
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("a compound edit needs at least one edit");
        }
    }

    /** A compound named by English text only, which the workbench shows as it is in every language. */
    public CompoundEdit(String description, List<AlignmentEdit> edits) {
        this(text(description), edits);
    }

    private static EditName text(String description) {
        Objects.requireNonNull(description, "description");
        if (description.isBlank()) {
            throw new IllegalArgumentException("a compound edit needs a description for the Undo menu");
        }
        return new EditName.Text(description);
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
        return new EditResult(current, new CompoundEdit(new EditName.Undo(name), inverses));
    }

    @Override
    public String description() {
        return name.english();
    }

    @Override
    public EditName name(Alignment before) {
        return name;
    }
}
