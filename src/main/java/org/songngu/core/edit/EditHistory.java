package org.songngu.core.edit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;

/**
 * The current alignment with unlimited undo and redo, and whether it differs from the last saved
 * state. It holds no edit logic: the edits compute themselves and their inverses.
 *
 * <p>Not thread-safe: the UI uses it from the event thread only.
 */
public final class EditHistory {

    /** Told after every change of the current alignment, so a table model can fire narrow events. */
    @FunctionalInterface
    public interface Listener {

        void alignmentChanged(RowsChanged change);
    }

    /**
     * Which rows changed: rows {@code first} to {@code lastBefore} of the old alignment became rows
     * {@code first} to {@code lastAfter} of the new one (a last of {@code first - 1} means none);
     * rows above and below are equal. {@code whole} says no row stayed, so a view may as well
     * rebuild.
     */
    public record RowsChanged(int first, int lastBefore, int lastAfter, boolean whole) {

        public RowsChanged {
            if (first < 0 || lastBefore < first - 1 || lastAfter < first - 1) {
                throw new IllegalArgumentException("rows " + first + " to " + lastBefore + " becoming rows " + first
                        + " to " + lastAfter + " is not a range");
            }
        }

        /** The narrowest change that turns {@code before} into {@code after}. */
        public static RowsChanged between(Alignment before, Alignment after) {
            int common = Math.min(before.size(), after.size());
            int prefix = 0;
            while (prefix < common && same(before.row(prefix), after.row(prefix))) {
                prefix++;
            }
            int suffix = 0;
            while (suffix < common - prefix
                    && same(before.row(before.size() - 1 - suffix), after.row(after.size() - 1 - suffix))) {
                suffix++;
            }
            return new RowsChanged(prefix, before.size() - 1 - suffix, after.size() - 1 - suffix,
                    prefix == 0 && suffix == 0);
        }

        /** Rows an edit did not touch are the very same objects: that is checked first, as it is cheap. */
        private static boolean same(AlignmentRow before, AlignmentRow after) {
            return before == after || before.equals(after);
        }

        public boolean isEmpty() {
            return lastBefore < first && lastAfter < first;
        }
    }

    /** One undoable step; {@code state} identifies the alignment it leads to, for dirty tracking. */
    private record Step(AlignmentEdit edit, AlignmentEdit inverse, EditName name, long state) {
    }

    private static final long INITIAL_STATE = 0;
    /** A saved state no history step has, for an alignment that is on disk in no state at all. */
    private static final long NOWHERE = -1;

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final List<Listener> listeners = new ArrayList<>();
    private Alignment current;
    private long nextState = INITIAL_STATE + 1;
    private long savedState = INITIAL_STATE;

    /** A history starting at {@code initial}, which counts as saved. */
    public EditHistory(Alignment initial) {
        this.current = Objects.requireNonNull(initial, "initial");
    }

    public Alignment current() {
        return current;
    }

    /**
     * Applies {@code edit} to the current alignment and makes it undoable; the redo stack is
     * dropped, as in every editor. A rejected edit changes nothing, history included.
     */
    public Alignment perform(AlignmentEdit edit) throws EditRejectedException {
        Objects.requireNonNull(edit, "edit");
        EditResult result = edit.apply(current);
        undo.push(new Step(edit, result.inverse(), edit.name(current), nextState++));
        redo.clear();
        moveTo(result.alignment());
        return current;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** What Undo would undo, such as "Merge rows 3 and 4". */
    public Optional<String> undoDescription() {
        return undoName().map(EditName::english);
    }

    public Optional<String> redoDescription() {
        return redoName().map(EditName::english);
    }

    /** What Undo would undo, as facts for the UI to word in its language. */
    public Optional<EditName> undoName() {
        return Optional.ofNullable(undo.peek()).map(Step::name);
    }

    public Optional<EditName> redoName() {
        return Optional.ofNullable(redo.peek()).map(Step::name);
    }

    public Alignment undo() {
        if (undo.isEmpty()) {
            throw new IllegalStateException("there is nothing to undo");
        }
        Step step = undo.peek();
        Alignment previous = replay(step.inverse(), step);
        redo.push(undo.pop());
        moveTo(previous);
        return current;
    }

    /** Applies the undone edit again; since undo restored an equal alignment, the result is the same. */
    public Alignment redo() {
        if (redo.isEmpty()) {
            throw new IllegalStateException("there is nothing to redo");
        }
        Step step = redo.peek();
        Alignment next = replay(step.edit(), step);
        undo.push(redo.pop());
        moveTo(next);
        return current;
    }

    /** Records that the current alignment is what is on disk. */
    public void markSaved() {
        savedState = currentState();
    }

    /**
     * Records that no state of this history is on disk, as for changes restored from a recovery
     * copy: only a save makes it clean.
     */
    public void markUnsaved() {
        savedState = NOWHERE;
    }

    /**
     * Whether the current alignment differs, in history, from the one last saved: undoing past a
     * save makes it dirty, redoing back to it makes it clean again.
     */
    public boolean isDirty() {
        return currentState() != savedState;
    }

    public void addListener(Listener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    private long currentState() {
        Step top = undo.peek();
        return top == null ? INITIAL_STATE : top.state();
    }

    /**
     * Undo and redo apply edits to exactly the alignment they were made for or against, so a
     * rejection here is a bug in an edit, not a user error.
     */
    private Alignment replay(AlignmentEdit edit, Step step) {
        try {
            return edit.apply(current).alignment();
        } catch (EditRejectedException e) {
            throw new IllegalStateException("replaying \"" + step.name().english() + "\" was rejected: " + e.getMessage(), e);
        }
    }

    private void moveTo(Alignment next) {
        RowsChanged change = RowsChanged.between(current, next);
        current = next;
        for (Listener listener : List.copyOf(listeners)) {
            listener.alignmentChanged(change);
        }
    }
}
