package org.songngu.ui.app;

import org.songngu.core.align.RowStatus;
import org.songngu.core.edit.EditName;
import org.songngu.core.edit.MoveSentence.Direction;
import org.songngu.core.edit.Side;

/** Edits' names worded in the UI's language from their facts, as the Undo and Redo menus show them. */
public final class EditText {

    private EditText() {
    }

    /** The name, such as "Merge rows 4 and 5" or "Gộp hàng 4 và 5". */
    public static String name(EditName name) {
        if (name instanceof EditName.MergeRows merge) {
            return Messages.get("edit.mergeRows", merge.upper(), merge.upper() + 1);
        }
        if (name instanceof EditName.SplitRow split) {
            return Messages.get("edit.splitRow", split.row());
        }
        if (name instanceof EditName.SplitSentence split) {
            return Messages.get("edit.splitSentence", split.row(), side(split.side()), split.sentence());
        }
        if (name instanceof EditName.MoveSentence move) {
            return move.direction() == Direction.UP
                    ? Messages.get("edit.moveSentenceUp", move.row(), side(move.side()))
                    : Messages.get("edit.moveSentenceDown", move.row(), side(move.side()));
        }
        if (name instanceof EditName.InsertEmptyRow insert) {
            return insert.after() == 0 ? Messages.get("edit.insertEmptyRowAtTop")
                    : Messages.get("edit.insertEmptyRow", insert.after());
        }
        if (name instanceof EditName.DeleteEmptyRow delete) {
            return Messages.get("edit.deleteEmptyRow", delete.row());
        }
        if (name instanceof EditName.EditSentence edit) {
            return Messages.get("edit.sentence", edit.row(), side(edit.side()), edit.sentence());
        }
        if (name instanceof EditName.EditSentences edit) {
            return Messages.get("edit.sentenceText", edit.row());
        }
        if (name instanceof EditName.SetRowStatus status) {
            return status.status() == RowStatus.CONFIRMED ? Messages.get("edit.confirmRow", status.row())
                    : Messages.get("edit.unconfirmRow", status.row());
        }
        if (name instanceof EditName.SetRowsStatus status) {
            return status.status() == RowStatus.CONFIRMED ? Messages.get("edit.confirmRows", status.count())
                    : Messages.get("edit.unconfirmRows", status.count());
        }
        return other(name);
    }

    /** The names of edits that replace rows or text, and the general ones. */
    private static String other(EditName name) {
        if (name instanceof EditName.ReplaceRows replace) {
            return replace.first() == replace.last() ? Messages.get("edit.replaceRow", replace.first())
                    : Messages.get("edit.replaceRows", replace.first(), replace.last());
        }
        if (name instanceof EditName.Realignment) {
            return Messages.get("edit.realign");
        }
        if (name instanceof EditName.InsertRows insert) {
            return insert.after() == 0 ? Messages.get("edit.insertRowsAtTop")
                    : Messages.get("edit.insertRows", insert.after());
        }
        if (name instanceof EditName.ReplaceTextInRow replace) {
            return Messages.get("edit.replaceTextInRow", replace.query(), replace.replacement(), replace.row());
        }
        if (name instanceof EditName.ReplaceTextInRows replace) {
            return replace.rows() == 1
                    ? Messages.get("edit.replaceTextInOneRow", replace.query(), replace.replacement())
                    : Messages.get("edit.replaceTextInRows", replace.query(), replace.replacement(), replace.rows());
        }
        if (name instanceof EditName.UseRendering use) {
            return Messages.get("edit.useRendering", use.rendering(), use.term());
        }
        if (name instanceof EditName.Undo undo) {
            return Messages.get("command.undoNamed", name(undo.undone()));
        }
        if (name instanceof EditName.Text text) {
            // Words a caller chose; the workbench itself names every edit it makes by its facts.
            return text.english();
        }
        throw new IllegalArgumentException("no text for " + name);
    }

    /** A side as a sentence names it: "English", "tiếng Anh". */
    private static String side(Side side) {
        return side == Side.ENGLISH ? Messages.get("edit.side.english") : Messages.get("edit.side.vietnamese");
    }
}
