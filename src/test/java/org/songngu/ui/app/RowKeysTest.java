package org.songngu.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.JTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.songngu.core.align.Alignment;
import org.songngu.core.document.Sentence;
import org.songngu.core.edit.EditHistory;
import org.songngu.ui.grid.AlignmentTableModel;
import org.songngu.ui.grid.RowSearch;

/** Real keys on the aligned seeds: moving sentences, empty rows, F8 and Ctrl+G. */
@Tag("gui")
class RowKeysTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private WorkbenchFrame frame;
    private Hands hands;
    private Alignment seeds;

    @BeforeEach
    void openOnTheSeeds() throws Exception {
        OnScreen.requireDisplay();
        hands = new Hands();
        frame = OnScreen.workbenchOnAlignedSeeds();
        seeds = OnScreen.onEdt(() -> history().current());
    }

    @AfterEach
    void close() throws Exception {
        OnScreen.closeWithoutAsking(frame);
    }

    @Test
    void altDownMovesTheLastEnglishSentenceIntoTheRowBelowAndControlZPutsItBack() throws Exception {
        int row = firstWith(true);
        hands.clickRow(table(), row);
        Sentence moved = last(seeds.row(row).english());
        List<Sentence> below = seeds.row(row + 1).english();

        hands.press(KeyEvent.VK_ALT, KeyEvent.VK_DOWN);

        OnScreen.await("the sentence is in the row below", WAIT,
                () -> !history().current().row(row + 1).english().isEmpty()
                        && history().current().row(row + 1).english().get(0).equals(moved));
        assertThat(OnScreen.onEdt(() -> history().current().row(row + 1).english())).isEqualTo(prepend(moved, below));
        assertThat(OnScreen.onEdt(() -> history().current().row(row).english()))
                .isEqualTo(seeds.row(row).english().subList(0, seeds.row(row).english().size() - 1));
        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_Z);
        OnScreen.await("the move is undone", WAIT, () -> history().current().equals(seeds));
    }

    @Test
    void altShiftUpMovesTheFirstVietnameseSentenceIntoTheRowAbove() throws Exception {
        int row = firstWith(false);
        hands.clickRow(table(), row);
        Sentence moved = seeds.row(row).vietnamese().get(0);

        hands.press(KeyEvent.VK_ALT, KeyEvent.VK_SHIFT, KeyEvent.VK_UP);

        OnScreen.await("the sentence is at the end of the row above", WAIT,
                () -> !history().current().row(row - 1).vietnamese().isEmpty()
                        && last(history().current().row(row - 1).vietnamese()).equals(moved));
        List<Sentence> expected = new ArrayList<>(seeds.row(row - 1).vietnamese());
        expected.add(moved);
        assertThat(OnScreen.onEdt(() -> history().current().row(row - 1).vietnamese())).isEqualTo(expected);
        assertThat(OnScreen.onEdt(() -> history().undoDescription()).orElseThrow()).startsWith("Move");
    }

    @Test
    void controlIInsertsAnEmptyRowBelowAndControlDDeletesIt() throws Exception {
        int rows = seeds.size();
        hands.clickRow(table(), 0);

        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_I);

        OnScreen.await("an empty row 2 is selected", WAIT,
                () -> table().getRowCount() == rows + 1 && history().current().row(1).isEmpty()
                        && table().getSelectedRow() == 1);
        assertThat(OnScreen.onEdt(() -> table().getValueAt(1, AlignmentTableModel.TYPE))).isEqualTo("0–0");

        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_D);

        OnScreen.await("the empty row is gone", WAIT, () -> table().getRowCount() == rows);
        assertThat(OnScreen.onEdt(() -> history().current().rows())).isEqualTo(seeds.rows());
    }

    @Test
    void f8AndShiftF8GoToTheNextAndPreviousLowConfidenceRows() throws Exception {
        int next = RowSearch.nextLowConfidence(seeds, 0);
        hands.clickRow(table(), 0);

        hands.press(KeyEvent.VK_F8);

        if (next < 0) {
            OnScreen.await("F8 says there is none", WAIT, () -> statusMessage().equals("No such row further on"));
            return;
        }
        OnScreen.await("the next low-confidence row is selected", WAIT, () -> table().getSelectedRow() == next);
        int after = RowSearch.nextLowConfidence(seeds, next);
        hands.press(KeyEvent.VK_F8);
        OnScreen.await("F8 goes on", WAIT, () -> table().getSelectedRow() == (after < 0 ? next : after));
        hands.press(KeyEvent.VK_SHIFT, KeyEvent.VK_F8);
        int back = RowSearch.previousLowConfidence(seeds, after < 0 ? next : after);
        OnScreen.await("Shift+F8 goes back", WAIT,
                () -> table().getSelectedRow() == (back < 0 ? (after < 0 ? next : after) : back));
    }

    @Test
    void controlGGoesToTheRowTypedAndRefusesOneThatIsNotThere() throws Exception {
        hands.clickRow(table(), 0);

        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_G);
        OnScreen.await("the question is asked", WAIT, () -> OnScreen.question() != null);
        hands.press(KeyEvent.VK_5);
        hands.press(KeyEvent.VK_ENTER);

        OnScreen.await("row 5 is selected", WAIT, () -> table().getSelectedRow() == 4);

        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_G);
        OnScreen.await("the question is asked again", WAIT, () -> OnScreen.question() != null);
        hands.press(KeyEvent.VK_9);
        hands.press(KeyEvent.VK_9);
        hands.press(KeyEvent.VK_9);
        hands.press(KeyEvent.VK_9);
        hands.press(KeyEvent.VK_ENTER);

        OnScreen.await("the refusal is shown", WAIT,
                () -> statusMessage().equals("There is no row 9999: rows go from 1 to " + seeds.size()));
        assertThat(OnScreen.onEdt(() -> table().getSelectedRow())).isEqualTo(4);
    }

    /** The first row after row 1 with sentences on the side, unconfirmed and with unconfirmed neighbours. */
    private int firstWith(boolean english) {
        for (int row = 1; row + 1 < seeds.size(); row++) {
            boolean has = !(english ? seeds.row(row).english() : seeds.row(row).vietnamese()).isEmpty();
            if (has && unconfirmed(row - 1) && unconfirmed(row) && unconfirmed(row + 1)) {
                return row;
            }
        }
        throw new AssertionError("the seeds have no row to move a sentence from");
    }

    private boolean unconfirmed(int row) {
        return seeds.row(row).status() == org.songngu.core.align.RowStatus.UNCONFIRMED;
    }

    private static Sentence last(List<Sentence> sentences) {
        return sentences.get(sentences.size() - 1);
    }

    private static List<Sentence> prepend(Sentence first, List<Sentence> rest) {
        List<Sentence> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    private JTable table() {
        return frame.grid().table();
    }

    private EditHistory history() {
        return frame.history();
    }

    private String statusMessage() {
        return ((JLabel) OnScreen.find(frame, "status.message")).getText();
    }


}
