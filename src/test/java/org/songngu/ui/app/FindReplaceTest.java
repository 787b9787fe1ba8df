package org.songngu.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;
import java.time.Duration;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.JTextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.TextSearch;
import org.songngu.core.edit.TextReplacement;
import org.songngu.ui.grid.AlignmentTableModel;

/** Find and replace with real keys on the aligned seeds: each replacement is one undo, and Ctrl+Z in the bar undoes typing only. */
@Tag("gui")
class FindReplaceTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private WorkbenchFrame frame;
    private Hands hands;

    @BeforeEach
    void openOnTheSeeds() throws Exception {
        OnScreen.requireDisplay();
        hands = new Hands();
        frame = OnScreen.workbenchOnAlignedSeeds();
        hands.clickRow(table(), 0);
    }

    @AfterEach
    void close() throws Exception {
        OnScreen.closeWithoutAsking(frame);
    }

    @Test
    void replaceChangesTheFoundRowAsOneUndoableStep() throws Exception {
        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_F);
        OnScreen.await("the find field has the focus", WAIT, () -> focusedName().equals("find.field"));
        hands.type("truyen mau");
        hands.press(KeyEvent.VK_ENTER);
        OnScreen.await("a row with \"truyền máu\" is selected", WAIT, () -> table().getSelectedRow() > 0);
        int row = OnScreen.onEdt(() -> table().getSelectedRow());
        Alignment before = OnScreen.onEdt(() -> frame.history().current());
        int occurrences = new TextReplacement("truyen mau", "tiep mau", true).inRow(before, row).occurrences();
        hands.press(KeyEvent.VK_TAB);
        hands.press(KeyEvent.VK_TAB);
        OnScreen.await("the replace field has the focus", WAIT, () -> focusedName().equals("find.replacement"));
        hands.type("tiep mau");
        OnScreen.await("the replacement is typed", WAIT, () -> replacementField().getText().equals("tiep mau"));

        hands.press(KeyEvent.VK_ENTER);

        OnScreen.await("the row is changed", WAIT, () -> vietnamese(row).contains("tiep mau"));
        assertThat(occurrences).isPositive();
        assertThat(OnScreen.onEdt(() -> frame.history().undoDescription()))
                .contains("Replace “truyen mau” with “tiep mau” in row " + (row + 1));
        assertThat(OnScreen.onEdt(this::statusMessage)).isEqualTo("Replaced " + occurrences + " in row " + (row + 1));
        assertThat(OnScreen.onEdt(() -> new TextSearch("truyen mau", true).matches(frame.history().current().row(row))))
                .isFalse();

        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_Z);

        OnScreen.await("Ctrl+Z in the replace field undoes the typing", WAIT,
                () -> !replacementField().getText().equals("tiep mau"));
        assertThat(OnScreen.onEdt(() -> frame.history().current().row(row))).isNotEqualTo(before.row(row));
        assertThat(OnScreen.onEdt(() -> frame.history().canUndo())).isTrue();

        hands.clickRow(table(), row);
        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_Z);
        OnScreen.await("Ctrl+Z in the grid undoes the replacement in one step", WAIT,
                () -> frame.history().current().equals(before));
    }

    @Test
    void replaceAllChangesEveryUnconfirmedRowAndSaysSo() throws Exception {
        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_ENTER);
        OnScreen.await("row 1 is confirmed", WAIT, () -> "confirmed".equals(table().getValueAt(0, AlignmentTableModel.STATUS)));
        Alignment before = OnScreen.onEdt(() -> frame.history().current());
        TextReplacement.Outcome expected = new TextReplacement("mau", "MAU", true).everywhere(before);
        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_F);
        OnScreen.await("the find field has the focus", WAIT, () -> focusedName().equals("find.field"));
        hands.type("mau");
        hands.press(KeyEvent.VK_TAB);
        hands.press(KeyEvent.VK_TAB);
        OnScreen.await("the replace field has the focus", WAIT, () -> focusedName().equals("find.replacement"));
        OnScreen.onEdt(() -> {
            replacementField().setText("MAU");
            return null;
        });

        OnScreen.onEdt(() -> {
            ((JButton) OnScreen.find(frame, "find.replaceAll")).doClick();
            return null;
        });

        OnScreen.await("every unconfirmed row is changed", WAIT, () -> statusMessage().startsWith("Replaced"));
        assertThat(OnScreen.onEdt(this::statusMessage)).isEqualTo("Replaced " + expected.occurrences() + " in " + expected.rows()
                + " rows; " + expected.skippedConfirmedRows() + " confirmed rows skipped");
        assertThat(expected.rows()).isGreaterThan(1);
        assertThat(OnScreen.onEdt(() -> frame.history().current()))
                .isEqualTo(expected.edit().orElseThrow().apply(before).alignment());
        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_Z); // in the replace field: its typing only, the text was set
        assertThat(OnScreen.onEdt(() -> frame.history().current())).isNotEqualTo(before);
        OnScreen.onEdt(() -> {
            frame.history().undo();
            return null;
        });
        assertThat(OnScreen.onEdt(() -> frame.history().current())).isEqualTo(before);
    }

    private JTable table() {
        return frame.grid().table();
    }

    private JTextField replacementField() {
        return (JTextField) OnScreen.find(frame, "find.replacement");
    }

    private String vietnamese(int row) {
        return String.valueOf(table().getValueAt(row, AlignmentTableModel.VIETNAMESE));
    }

    private String statusMessage() {
        return ((JLabel) OnScreen.find(frame, "status.message")).getText();
    }

    private static String focusedName() {
        Component focused = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        return focused == null || focused.getName() == null ? "" : focused.getName();
    }


}
