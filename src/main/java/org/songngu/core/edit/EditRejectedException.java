package org.songngu.core.edit;

/**
 * Thrown when an edit does not fit the alignment it is applied to; the message names the rule in
 * words the user sees, with 1-based row numbers as in the grid.
 *
 * <p>Checked on purpose: a rejected edit is an ordinary outcome of a user command, not a bug, and
 * every caller (the UI above all) must decide how to show it. The alignment is immutable, so a
 * rejected edit has changed nothing.
 */
public final class EditRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    public EditRejectedException(String message) {
        super(message);
    }
}
