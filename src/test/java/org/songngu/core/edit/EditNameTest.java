package org.songngu.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.songngu.core.edit.EditFixtures.*;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.RowStatus;
import org.songngu.core.edit.MoveSentence.Direction;

/** Every edit names itself by facts, row numbers as the grid shows them, and in today's English. */
class EditNameTest {

    private final Alignment sample = sample();

    @Test
    void rowEditsNameTheirRowsFromOne() {
        assertNamed(new MergeRows(R1), new EditName.MergeRows(2), "Merge rows 2 and 3");
        assertNamed(new SplitRow(R1, 1, 1), new EditName.SplitRow(2), "Split row 2");
        assertNamed(new InsertEmptyRow(RowPosition.after(R1)), new EditName.InsertEmptyRow(2),
                "Insert empty row after row 2");
        assertNamed(new InsertEmptyRow(RowPosition.top()), new EditName.InsertEmptyRow(0), "Insert empty row at the top");
        assertNamed(new DeleteEmptyRow(R3), new EditName.DeleteEmptyRow(4), "Delete empty row 4");
    }

    @Test
    void sentenceEditsNameSideSentenceAndRow() {
        assertNamed(new SplitSentence(R1, Side.ENGLISH, 1, 4), new EditName.SplitSentence(2, Side.ENGLISH, 2),
                "Split English sentence 2 of row 2");
        assertNamed(new MoveSentence(R1, Side.VIETNAMESE, Direction.UP),
                new EditName.MoveSentence(2, Side.VIETNAMESE, Direction.UP), "Move Vietnamese sentence up from row 2");
        assertNamed(new MoveSentence(R0, Side.ENGLISH, Direction.DOWN),
                new EditName.MoveSentence(1, Side.ENGLISH, Direction.DOWN), "Move English sentence down from row 1");
        assertNamed(new EditSentenceText(R2, Side.VIETNAMESE, 0, "x"), new EditName.EditSentence(3, Side.VIETNAMESE, 1),
                "Edit Vietnamese sentence 1 of row 3");
    }

    @Test
    void statusChangesNameOneRowOrCountSeveral() {
        assertNamed(new SetStatus(Set.of(R2), RowStatus.UNCONFIRMED), new EditName.SetRowStatus(3, RowStatus.UNCONFIRMED),
                "Unconfirm row 3");
        assertNamed(new SetStatus(Set.of(R0), RowStatus.CONFIRMED), new EditName.SetRowStatus(1, RowStatus.CONFIRMED),
                "Confirm row 1");
        assertNamed(new SetStatus(Set.of(R0, R1, R3), RowStatus.CONFIRMED),
                new EditName.SetRowsStatus(3, RowStatus.CONFIRMED), "Confirm 3 rows");
        assertNamed(new SetStatus(Set.of(R0, R1), RowStatus.UNCONFIRMED),
                new EditName.SetRowsStatus(2, RowStatus.UNCONFIRMED), "Unconfirm 2 rows");
    }

    @Test
    void replacementsNameTheirRangeOrPlace() {
        assertNamed(ReplaceRows.range(sample, 1, 3, List.of()), new EditName.ReplaceRows(2, 4), "Replace rows 2–4");
        assertNamed(ReplaceRows.range(sample, 1, 1, List.of()), new EditName.ReplaceRows(2, 2), "Replace row 2");
        assertNamed(ReplaceRows.range(sample, 2, 1, List.of(sample.row(0).withStatus(RowStatus.CONFIRMED))),
                new EditName.InsertRows(2), "Insert rows after row 2");
        assertNamed(ReplaceRows.range(sample, 0, -1, List.of(sample.row(0).withStatus(RowStatus.CONFIRMED))),
                new EditName.InsertRows(0), "Insert rows at the top");
    }

    @Test
    void findAndReplaceNamesQueryReplacementAndRows() {
        AlignmentEdit inRow = new TextReplacement("alpha", "Omega", true).inRow(sample, 0).edit().orElseThrow();
        AlignmentEdit everywhere = new TextReplacement("câu", "Dòng", true).everywhere(sample).edit().orElseThrow();
        AlignmentEdit inOneRow = new TextReplacement("beta", "b", true).everywhere(sample).edit().orElseThrow();

        assertNamed(inRow, new EditName.ReplaceTextInRow("alpha", "Omega", 1), "Replace “alpha” with “Omega” in row 1");
        // Row 3 is confirmed: Replace all leaves it alone.
        assertNamed(everywhere, new EditName.ReplaceTextInRows("câu", "Dòng", 2), "Replace “câu” with “Dòng” in 2 rows");
        assertNamed(inOneRow, new EditName.ReplaceTextInRows("beta", "b", 1), "Replace “beta” with “b” in 1 row");
    }

    @Test
    void aCompoundKeepsItsNameAndItsInverseIsNamedAsUndoingIt() throws EditRejectedException {
        CompoundEdit sentences = new CompoundEdit(new EditName.EditSentences(2),
                List.of(new EditSentenceText(R1, Side.ENGLISH, 0, "Beta 2.")));
        CompoundEdit given = new CompoundEdit("Regroup rows 1 and 2", List.of(new MergeRows(R0)));

        assertNamed(sentences, new EditName.EditSentences(2), "Edit the sentences of row 2");
        assertThat(sentences.description()).isEqualTo("Edit the sentences of row 2");
        assertNamed(given, new EditName.Text("Regroup rows 1 and 2"), "Regroup rows 1 and 2");
        AlignmentEdit inverse = sentences.apply(sample).inverse();
        assertThat(inverse.name(sample)).isEqualTo(new EditName.Undo(new EditName.EditSentences(2)));
        assertThat(inverse.description()).isEqualTo("Undo Edit the sentences of row 2");
        assertThat(new EditName.UseRendering("truyền máu ngược", "retransfusion").english())
                .isEqualTo("Use 'truyền máu ngược' for 'retransfusion'");
    }

    @Test
    void anEditWhoseRowIsGoneIsNamedByItsGeneralDescription() {
        assertThat(new MergeRows(UNKNOWN_ROW).name(sample)).isEqualTo(new EditName.Text("Merge rows"));
        assertThat(new MoveSentence(UNKNOWN_ROW, Side.ENGLISH, Direction.DOWN).name(sample))
                .isEqualTo(new EditName.Text("Move sentence down"));
        assertThat(new SetStatus(Set.of(UNKNOWN_ROW), RowStatus.CONFIRMED).description(sample)).isEqualTo("Confirm rows");
    }

    @Test
    void theHistoryKeepsTheNamesForUndoAndRedo() throws EditRejectedException {
        EditHistory history = new EditHistory(sample);
        history.perform(new MergeRows(R0));
        history.perform(new InsertEmptyRow(RowPosition.top()));
        history.undo();

        assertThat(history.undoName()).isEqualTo(Optional.of(new EditName.MergeRows(1)));
        assertThat(history.redoName()).isEqualTo(Optional.of(new EditName.InsertEmptyRow(0)));
        assertThat(history.undoDescription()).contains("Merge rows 1 and 2");
        assertThat(history.redoDescription()).contains("Insert empty row at the top");
    }

    @Test
    void namesRejectNumbersTheGridNeverShows() {
        assertThatThrownBy(() -> new EditName.MergeRows(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("row numbers start at 1, not 0");
        assertThatThrownBy(() -> new EditName.EditSentence(2, Side.ENGLISH, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sentence numbers start at 1, not 0");
        assertThatThrownBy(() -> new EditName.ReplaceRows(4, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("replaced rows run from first to last, not 4 to 3");
        assertThatThrownBy(() -> new EditName.SetRowsStatus(1, RowStatus.CONFIRMED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a status change of several rows names two or more, not 1");
        assertThatThrownBy(() -> new EditName.InsertRows(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a place is after a row numbered from 1, or 0 for the top, not -1");
    }

    private void assertNamed(AlignmentEdit edit, EditName name, String english) {
        assertThat(edit.name(sample)).isEqualTo(name);
        assertThat(name.english()).isEqualTo(english);
        assertThat(edit.description(sample)).isEqualTo(english);
    }
}
