package org.songngu.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.KeyboardFocusManager;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import javax.swing.JCheckBox;
import javax.swing.JDialog;
import javax.swing.JOptionPane;
import javax.swing.JLabel;
import javax.swing.JTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.RowStatus;
import org.songngu.core.edit.EditHistory;
import org.songngu.ui.action.Command;
import org.songngu.ui.grid.AlignmentTableModel;

/** Real key strokes on the aligned seeds: each edit command changes the grid and the history, and undoes. */
@Tag("gui")
class EditingKeysTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private WorkbenchFrame frame;
    private Hands hands;
    private int rows;

    @BeforeEach
    void openOnTheSeeds() throws Exception {
        OnScreen.requireDisplay();
        hands = new Hands();
        frame = OnScreen.workbenchOnAlignedSeeds();
        rows = OnScreen.onEdt(() -> frame.grid().table().getRowCount());
    }

    @AfterEach
    void close() throws Exception {
        OnScreen.dispose(frame);
    }

    @Test
    void controlMMergesControlZUndoesAndControlYRedoes() throws Exception {
        String first = english(1);
        String second = english(2);
        hands.clickRow(table(), 1);

        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_M);
        OnScreen.await("rows 2 and 3 are merged", WAIT, () -> table().getRowCount() == rows - 1);
        assertThat(english(1)).isEqualTo(first + " " + second);
        assertThat(OnScreen.onEdt(() -> history().undoDescription())).contains("Merge rows 2 and 3");
        assertThat(OnScreen.onEdt(frame::getTitle)).endsWith(" *");

        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_Z);
        OnScreen.await("the merge is undone", WAIT, () -> table().getRowCount() == rows);
        assertThat(english(1)).isEqualTo(first);
        assertThat(english(2)).isEqualTo(second);
        assertThat(OnScreen.onEdt(() -> history().isDirty())).isFalse();
        assertThat(OnScreen.onEdt(frame::getTitle)).doesNotEndWith(" *");

        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_Y);
        OnScreen.await("the merge is redone", WAIT, () -> table().getRowCount() == rows - 1);
        assertThat(english(1)).isEqualTo(first + " " + second);
        assertThat(OnScreen.onEdt(() -> table().getSelectedRow())).isEqualTo(1);

        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_Z);
        OnScreen.await("the merge is undone again", WAIT, () -> table().getRowCount() == rows);
        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT, KeyEvent.VK_Z);
        OnScreen.await("Ctrl+Shift+Z redoes too", WAIT, () -> table().getRowCount() == rows - 1);
    }

    @Test
    void f2EditsASentenceAndControlZRestoresIt() throws Exception {
        String before = english(1);
        hands.clickRow(table(), 1);

        hands.press(KeyEvent.VK_F2);
        OnScreen.await("the sentence editor has the row's English sentence in focus", WAIT,
                () -> focusedName().equals("editText.english.0"));
        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_END);
        hands.press(KeyEvent.VK_SPACE);
        hands.press(KeyEvent.VK_X);
        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_ENTER);

        OnScreen.await("the edited sentence is in the grid", WAIT, () -> before.concat(" x").equals(table().getValueAt(1, AlignmentTableModel.ENGLISH)));
        assertThat(OnScreen.onEdt(() -> history().undoDescription())).contains("Edit the sentences of row 2");
        OnScreen.await("the grid has the focus back from the dialog", WAIT, () -> table().isFocusOwner());
        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_Z);
        OnScreen.await("the edit is undone", WAIT, () -> before.equals(table().getValueAt(1, AlignmentTableModel.ENGLISH)));
        assertThat(OnScreen.onEdt(() -> history().isDirty())).isFalse();
    }

    @Test
    void aRejectedSentenceEditKeepsTheTypedTextAndCancelAsksFirst() throws Exception {
        String before = english(1);
        hands.clickRow(table(), 1);
        hands.press(KeyEvent.VK_F2);
        OnScreen.await("the sentence editor has the focus", WAIT, () -> focusedName().equals("editText.english.0"));
        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_A);
        hands.press(KeyEvent.VK_BACK_SPACE);

        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_ENTER);

        OnScreen.await("the rejection is in the status bar", WAIT,
                () -> statusMessage().equals("English sentence 1 of row 2 cannot be blank: merge or move sentences instead"));
        assertThat(OnScreen.onEdt(() -> sentenceEditorIsShowing())).isTrue();
        hands.press(KeyEvent.VK_ESCAPE);
        OnScreen.await("Cancel asks before dropping the change", WAIT, EditingKeysTest::aQuestionIsShowing);
        hands.press(KeyEvent.VK_ENTER);
        OnScreen.await("the sentence editor is closed", WAIT, () -> !sentenceEditorIsShowing());
        assertThat(english(1)).isEqualTo(before);
        assertThat(OnScreen.onEdt(() -> history().canUndo())).isFalse();
    }

    @Test
    void controlFFindsVietnameseTextTypedWithoutDiacritics() throws Exception {
        hands.clickRow(table(), 0);

        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_F);
        OnScreen.await("the find field has the focus", WAIT, () -> focusedName().equals("find.field"));
        hands.type("truyen mau");
        hands.press(KeyEvent.VK_ENTER);

        OnScreen.await("a later row with \"truyền máu\" is selected", WAIT, () -> table().getSelectedRow() > 0
                && String.valueOf(table().getValueAt(table().getSelectedRow(), AlignmentTableModel.VIETNAMESE))
                        .toLowerCase(Locale.ROOT).contains("truyền máu"));
        assertThat(OnScreen.onEdt(() -> ((JCheckBox) OnScreen.find(frame, "find.ignoreDiacritics")).isSelected()))
                .isTrue();
    }

    @Test
    void f7GoesToTheNextUnconfirmedRowAndF1ListsEveryCommand() throws Exception {
        hands.clickRow(table(), 0);
        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_ENTER);
        OnScreen.await("row 1 is confirmed", WAIT, () -> history().current().row(0).status() == RowStatus.CONFIRMED);
        hands.press(KeyEvent.VK_UP);
        OnScreen.await("row 1 is selected", WAIT, () -> table().getSelectedRow() == 0);

        hands.press(KeyEvent.VK_F7);
        OnScreen.await("row 2, the next unconfirmed, is selected", WAIT, () -> table().getSelectedRow() == 1);

        hands.press(KeyEvent.VK_F1);
        OnScreen.await("the keyboard help lists every command", WAIT, () -> Arrays
                .stream(Window.getWindows())
                .filter(w -> w.isShowing() && "help.keyboard".equals(w.getName()))
                .map(w -> (JTable) OnScreen.find((Container) w, "help.keyboard.table"))
                .anyMatch(t -> t.getRowCount() == Command.values().length
                        && "Ctrl+Y, Ctrl+Shift+Z".equals(t.getValueAt(Command.REDO.ordinal(), 1))));
        OnScreen.onEdt(() -> {
            for (Window window : Window.getWindows()) {
                if ("help.keyboard".equals(window.getName())) {
                    window.dispose();
                }
            }
            return null;
        });
    }

    @Test
    void controlEnterConfirmsAndAConfirmedRowRefusesToMergeInTheStatusBar() throws Exception {
        hands.clickRow(table(), 0);

        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_ENTER);
        OnScreen.await("row 1 shows confirmed", WAIT,
                () -> "confirmed".equals(table().getValueAt(0, AlignmentTableModel.STATUS)));
        assertThat(OnScreen.onEdt(() -> history().current().row(0).status())).isEqualTo(RowStatus.CONFIRMED);
        assertThat(OnScreen.onEdt(frame::getTitle)).endsWith(" *");

        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_M);
        OnScreen.await("the refusal is shown", WAIT, () -> statusMessage().contains("confirmed"));
        assertThat(OnScreen.onEdt(() -> table().getRowCount())).isEqualTo(rows);

        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_ENTER);
        OnScreen.await("row 1 is unconfirmed again", WAIT,
                () -> "unconfirmed".equals(table().getValueAt(0, AlignmentTableModel.STATUS)));
    }

    @Test
    void controlKSplitsAMergedRowBackAfterItsFirstSentences() throws Exception {
        String first = english(0);
        String second = english(1);
        hands.clickRow(table(), 0);
        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_M);
        OnScreen.await("rows 1 and 2 are merged", WAIT, () -> table().getRowCount() == rows - 1);

        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_K);

        OnScreen.await("the row is split", WAIT, () -> table().getRowCount() == rows);
        assertThat(english(0)).isEqualTo(first);
        assertThat(english(1)).isEqualTo(second);
        assertThat(OnScreen.onEdt(() -> history().undoDescription())).hasValueSatisfying(d -> assertThat(d).startsWith("Split"));
    }

    @Test
    void controlRRealignsAsOneStepAndKeepsTheConfirmedRow() throws Exception {
        hands.clickRow(table(), 2);
        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_ENTER);
        OnScreen.await("row 3 is confirmed", WAIT, () -> history().current().row(2).status() == RowStatus.CONFIRMED);
        AlignmentRow confirmed = OnScreen.onEdt(() -> history().current().row(2));

        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_R);

        OnScreen.await("the realignment is applied", WAIT,
                () -> history().undoDescription().orElse("").equals("Realign the unconfirmed rows"));
        assertThat(OnScreen.onEdt(() -> history().current().rows())).contains(confirmed);
        OnScreen.await("the grid has the focus back from the progress dialog", WAIT, () -> table().isFocusOwner());
        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_Z);
        OnScreen.await("the realignment is undone in one step", WAIT,
                () -> history().undoDescription().orElse("").equals("Confirm row 3"));
        assertThat(OnScreen.onEdt(() -> history().current().row(2))).isEqualTo(confirmed);
    }

    private JTable table() {
        return frame.grid().table();
    }

    private EditHistory history() {
        return frame.history();
    }

    private String english(int row) throws Exception {
        return OnScreen.onEdt(() -> String.valueOf(table().getValueAt(row, AlignmentTableModel.ENGLISH)));
    }

    private static boolean sentenceEditorIsShowing() {
        return Arrays.stream(Window.getWindows()).anyMatch(w -> w.isShowing() && "dialog.editText".equals(w.getName()));
    }

    private static boolean aQuestionIsShowing() {
        return Arrays.stream(Window.getWindows()).anyMatch(w -> w.isShowing() && w instanceof JDialog dialog
                && dialog.getContentPane().getComponentCount() > 0
                && dialog.getContentPane().getComponent(0) instanceof JOptionPane);
    }

    private static String focusedName() {
        Component focused = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        return focused == null || focused.getName() == null ? "" : focused.getName();
    }

    private String statusMessage() {
        return ((JLabel) OnScreen.find(frame, "status.message")).getText();
    }
}
