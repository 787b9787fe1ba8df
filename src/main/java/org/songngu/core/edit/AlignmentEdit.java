package org.songngu.core.edit;

import org.songngu.core.align.Alignment;

/**
 * One change a user can make to an alignment, as a value. Edits address rows by {@link
 * org.songngu.core.align.RowId}, never by index, so an edit stays meaningful after other edits.
 */
public sealed interface AlignmentEdit permits MergeRows, SplitRow, SplitSentence, MoveSentence, InsertEmptyRow,
        DeleteEmptyRow, EditSentenceText, SetStatus, ReplaceRows, CompoundEdit {

    /**
     * Applies this edit to {@code alignment}.
     *
     * @return the new alignment and the edit that undoes this one on it
     * @throws EditRejectedException if the edit does not fit, with a message naming the rule
     */
    EditResult apply(Alignment alignment) throws EditRejectedException;

    /** A short name for menus when no alignment is at hand, such as "Merge rows". */
    String description();

    /**
     * The name for the Undo and Redo menus, as facts each reader words in its language, with 1-based
     * row numbers as they stand in {@code before}, the alignment this edit applies to. Where the
     * edit's rows are not in {@code before}, its general {@link #description()} as text.
     */
    EditName name(Alignment before);

    /** The {@link #name(Alignment) name} in English, such as "Merge rows 3 and 4". */
    default String description(Alignment before) {
        return name(before).english();
    }
}
