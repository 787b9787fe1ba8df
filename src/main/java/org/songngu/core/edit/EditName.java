package org.songngu.core.edit;

import java.util.Objects;
import org.songngu.core.align.RowStatus;
import org.songngu.core.edit.MoveSentence.Direction;

/**
 * What an edit is called in the Undo and Redo menus, as facts without words: the kind of edit and
 * its numbers, rows as the grid numbers them (from 1) and sentences counted from 1 on their side.
 * Each reader words it in its own language: {@link #english()} is the English of {@link
 * AlignmentEdit#description(org.songngu.core.align.Alignment)}, the workbench words it from its
 * message bundles, so that the menus follow the UI language.
 */
public sealed interface EditName {

    /** The name in English, as the core and the command line give it. */
    String english();

    /** Row {@code upper} merged with the row below it. */
    record MergeRows(int upper) implements EditName {

        public MergeRows {
            checkRow(upper);
        }

        @Override
        public String english() {
            return "Merge rows " + upper + " and " + (upper + 1);
        }
    }

    record SplitRow(int row) implements EditName {

        public SplitRow {
            checkRow(row);
        }

        @Override
        public String english() {
            return "Split row " + row;
        }
    }

    /** Sentence {@code sentence} on one side of a row cut in two. */
    record SplitSentence(int row, Side side, int sentence) implements EditName {

        public SplitSentence {
            checkRow(row);
            Objects.requireNonNull(side, "side");
            checkSentence(sentence);
        }

        @Override
        public String english() {
            return "Split " + side.label() + " sentence " + sentence + " of row " + row;
        }
    }

    /** A sentence of one side moved from {@code row} to the row above or below. */
    record MoveSentence(int row, Side side, Direction direction) implements EditName {

        public MoveSentence {
            checkRow(row);
            Objects.requireNonNull(side, "side");
            Objects.requireNonNull(direction, "direction");
        }

        @Override
        public String english() {
            return "Move " + side.label() + " sentence " + (direction == Direction.UP ? "up" : "down") + " from row "
                    + row;
        }
    }

    /** An empty row put after row {@code after}, or at the top when {@code after} is 0. */
    record InsertEmptyRow(int after) implements EditName {

        public InsertEmptyRow {
            checkPlace(after);
        }

        @Override
        public String english() {
            return after == 0 ? "Insert empty row at the top" : "Insert empty row after row " + after;
        }
    }

    record DeleteEmptyRow(int row) implements EditName {

        public DeleteEmptyRow {
            checkRow(row);
        }

        @Override
        public String english() {
            return "Delete empty row " + row;
        }
    }

    /** The text of one sentence changed. */
    record EditSentence(int row, Side side, int sentence) implements EditName {

        public EditSentence {
            checkRow(row);
            Objects.requireNonNull(side, "side");
            checkSentence(sentence);
        }

        @Override
        public String english() {
            return "Edit " + side.label() + " sentence " + sentence + " of row " + row;
        }
    }

    /** Several sentences of one row changed in one go, as the sentence dialog does. */
    record EditSentences(int row) implements EditName {

        public EditSentences {
            checkRow(row);
        }

        @Override
        public String english() {
            return "Edit the sentences of row " + row;
        }
    }

    /** One row given {@code status}. */
    record SetRowStatus(int row, RowStatus status) implements EditName {

        public SetRowStatus {
            checkRow(row);
            Objects.requireNonNull(status, "status");
        }

        @Override
        public String english() {
            return verb(status) + " row " + row;
        }
    }

    /** {@code count} rows, two or more, given {@code status}. */
    record SetRowsStatus(int count, RowStatus status) implements EditName {

        public SetRowsStatus {
            if (count < 2) {
                throw new IllegalArgumentException("a status change of several rows names two or more, not " + count);
            }
            Objects.requireNonNull(status, "status");
        }

        @Override
        public String english() {
            return verb(status) + " " + count + " rows";
        }
    }

    /** Rows {@code first} to {@code last} replaced by others, as a realignment does. */
    record ReplaceRows(int first, int last) implements EditName {

        public ReplaceRows {
            checkRow(first);
            if (last < first) {
                throw new IllegalArgumentException("replaced rows run from first to last, not " + first + " to " + last);
            }
        }

        @Override
        public String english() {
            return first == last ? "Replace row " + first : "Replace rows " + first + "–" + last;
        }
    }

    /** Rows put after row {@code after}, or at the top when {@code after} is 0, none taken out. */
    /** The unconfirmed rows aligned afresh around the confirmed ones, as one step. */
    record Realignment() implements EditName {

        @Override
        public String english() {
            return "Realign the unconfirmed rows";
        }
    }

    record InsertRows(int after) implements EditName {

        public InsertRows {
            checkPlace(after);
        }

        @Override
        public String english() {
            return after == 0 ? "Insert rows at the top" : "Insert rows after row " + after;
        }
    }

    /** What the find bar found replaced in one row, the one the user is looking at. */
    record ReplaceTextInRow(String query, String replacement, int row) implements EditName {

        public ReplaceTextInRow {
            Objects.requireNonNull(query, "query");
            Objects.requireNonNull(replacement, "replacement");
            checkRow(row);
        }

        @Override
        public String english() {
            return "Replace “" + query + "” with “" + replacement + "” in row " + row;
        }
    }

    /** What the find bar found replaced in {@code rows} rows: Replace all. */
    record ReplaceTextInRows(String query, String replacement, int rows) implements EditName {

        public ReplaceTextInRows {
            Objects.requireNonNull(query, "query");
            Objects.requireNonNull(replacement, "replacement");
            if (rows < 1) {
                throw new IllegalArgumentException("a replacement changes at least one row, not " + rows);
            }
        }

        @Override
        public String english() {
            return "Replace “" + query + "” with “" + replacement + "” in " + rows + (rows == 1 ? " row" : " rows");
        }
    }

    /** The variant renderings of the English {@code term} replaced by its approved {@code rendering}. */
    record UseRendering(String rendering, String term) implements EditName {

        public UseRendering {
            Objects.requireNonNull(rendering, "rendering");
            Objects.requireNonNull(term, "term");
        }

        @Override
        public String english() {
            return "Use '" + rendering + "' for '" + term + "'";
        }
    }

    /** What takes back the edit named {@code undone}. */
    record Undo(EditName undone) implements EditName {

        public Undo {
            Objects.requireNonNull(undone, "undone");
        }

        @Override
        public String english() {
            return "Undo " + undone.english();
        }
    }

    /**
     * A name that is English text only: what a caller gave a compound edit, or an edit's general
     * name when its rows are not in the alignment it is named against (never so in an {@link
     * EditHistory}, which names an edit that it has applied).
     */
    record Text(String english) implements EditName {

        public Text {
            Objects.requireNonNull(english, "english");
            if (english.isBlank()) {
                throw new IllegalArgumentException("an edit's name cannot be blank");
            }
        }
    }

    private static String verb(RowStatus status) {
        return status == RowStatus.CONFIRMED ? "Confirm" : "Unconfirm";
    }

    private static void checkRow(int row) {
        if (row < 1) {
            throw new IllegalArgumentException("row numbers start at 1, not " + row);
        }
    }

    private static void checkPlace(int after) {
        if (after < 0) {
            throw new IllegalArgumentException("a place is after a row numbered from 1, or 0 for the top, not " + after);
        }
    }

    private static void checkSentence(int sentence) {
        if (sentence < 1) {
            throw new IllegalArgumentException("sentence numbers start at 1, not " + sentence);
        }
    }
}
