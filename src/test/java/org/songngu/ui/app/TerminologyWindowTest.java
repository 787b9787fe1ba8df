package org.songngu.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.text.Highlighter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songngu.core.align.Alignment;
import org.songngu.core.glossary.GlossaryFile;
import org.songngu.core.glossary.TermEntry;
import org.songngu.core.glossary.TermStatus;
import org.songngu.core.project.ProjectFile;
import org.songngu.core.text.Span;
import org.songngu.ui.grid.AlignmentTableModel;

/**
 * The terminology features on the example project, with real keys and clicks: a term taken from a
 * row's text, highlighted in the grid, filtered in the glossary panel, and QA findings that lead
 * to their rows.
 */
@Tag("gui")
class TerminologyWindowTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String ENGLISH_TERM = "medical procedure";
    private static final String VIETNAMESE_TERM = "thủ thuật";

    @TempDir
    Path folder;
    private WorkbenchFrame frame;
    private Hands hands;

    @BeforeEach
    void openTheExampleProject() throws Exception {
        OnScreen.requireDisplay();
        hands = new Hands();
        frame = OnScreen.workbenchOnExampleCopy(folder);
    }

    @AfterEach
    void close() throws Exception {
        OnScreen.closeWithoutAsking(frame);
    }

    @Test
    void aTermSelectedInARowsTextIsAddedAndHighlightedInBothColumns() throws Exception {
        int row = rowWith(ENGLISH_TERM, VIETNAMESE_TERM);
        String english = OnScreen.onEdt(() -> (String) table().getValueAt(row, AlignmentTableModel.ENGLISH));
        String vietnamese = OnScreen.onEdt(() -> (String) table().getValueAt(row, AlignmentTableModel.VIETNAMESE));
        assertThat(highlights(row, AlignmentTableModel.ENGLISH))
                .doesNotContain(span(english, ENGLISH_TERM));
        hands.clickRow(table(), 0);
        goToRow(row);

        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_T);
        await("the term dialog is open", WAIT, () -> OnScreen.find(dialog(), "term.englishSource") != null
                && OnScreen.find(dialog(), "term.englishSource").isShowing());
        selectTwoWordsFrom("term.englishSource", english.indexOf(ENGLISH_TERM));
        await("the English term is taken from the selection", WAIT,
                () -> ((JTextField) OnScreen.find(dialog(), "term.english")).getText().equals(ENGLISH_TERM));
        selectTwoWordsFrom("term.vietnameseSource", vietnamese.indexOf(VIETNAMESE_TERM));
        await("the Vietnamese term is taken from the selection", WAIT,
                () -> ((JTextField) OnScreen.find(dialog(), "term.vietnamese")).getText().equals(VIETNAMESE_TERM));
        hands.press(KeyEvent.VK_ENTER);

        TermEntry added = TermEntry.approved(ENGLISH_TERM, VIETNAMESE_TERM);
        await("the term is in the project's glossary", WAIT, () -> frame.glossary().entries().contains(added));
        assertThat(OnScreen.onEdt(frame::getTitle)).endsWith(" *");
        assertThat(highlights(row, AlignmentTableModel.ENGLISH)).contains(span(english, ENGLISH_TERM));
        assertThat(highlights(row, AlignmentTableModel.VIETNAMESE)).contains(span(vietnamese, VIETNAMESE_TERM));
        assertThat(tooltip(row, AlignmentTableModel.ENGLISH)).contains("medical procedure → thủ thuật (approved)");
        assertThat(tooltip(row, AlignmentTableModel.VIETNAMESE))
                .contains("procedure → thủ thuật (approved)", "medical procedure → thủ thuật (approved)");
        assertThat(statusMessage()).isEqualTo("Added “medical procedure” → “thủ thuật” to the glossary");
        screenshot("term-added.png");
    }

    @Test
    void theGlossaryPanelOpensWithControlShiftGAndFiltersAsTheUserTypes() throws Exception {
        hands.clickRow(table(), 1);

        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT, KeyEvent.VK_G);
        await("the glossary panel is shown with the focus in its filter", WAIT,
                () -> OnScreen.find(frame, "glossary.filter").isFocusOwner());
        assertThat(OnScreen.onEdt(() -> glossaryTable().getRowCount())).isEqualTo(frame.glossary().size());
        for (char c : "retrans".toCharArray()) {
            hands.press(KeyEvent.getExtendedKeyCodeForChar(c));
        }

        await("only the retransfusion entries are listed", WAIT, () -> glossaryTable().getRowCount() == 4);
        assertThat(OnScreen.onEdt(() -> glossaryTable().getValueAt(0, 1))).isEqualTo("truyền máu ngược");
        assertThat(OnScreen.onEdt(() -> glossaryTable().getValueAt(1, 2))).isEqualTo("forbidden");
        screenshot("glossary-panel.png");

        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT, KeyEvent.VK_G);
        await("the panel is hidden and the grid has the focus", WAIT,
                () -> !OnScreen.find(frame, "glossary.panel").isShowing() && table().isFocusOwner());
    }

    @Test
    void deletingAnEntryMarksTheProjectUnsavedAndControlSSavesTheGlossary() throws Exception {
        hands.clickRow(table(), 0);
        TermEntry first = OnScreen.onEdt(() -> frame.glossary().entries().get(0));
        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT, KeyEvent.VK_G);
        await("the glossary panel is shown", WAIT, () -> glossaryTable().isShowing());
        hands.clickAt(OnScreen.onEdt(() -> {
            Rectangle cell = glossaryTable().getCellRect(0, 0, true);
            Point table = glossaryTable().getLocationOnScreen();
            return new Point(table.x + cell.x + cell.width / 2, table.y + cell.y + cell.height / 2);
        }));
        await("the first entry is selected", WAIT,
                () -> glossaryTable().isFocusOwner() && glossaryTable().getSelectedRow() == 0);

        hands.press(KeyEvent.VK_DELETE);

        await("the entry is gone", WAIT, () -> !frame.glossary().entries().contains(first));
        assertThat(OnScreen.onEdt(frame::getTitle)).endsWith(" *");
        assertThat(statusMessage()).isEqualTo("Deleted “retransfusion” → “truyền máu ngược” from the glossary");
        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_S);
        await("the project is saved", WAIT, () -> !frame.getTitle().endsWith(" *"));
        assertThat(ProjectFile.load(folder.resolve("seeds" + ProjectFile.EXTENSION)).glossary())
                .isEqualTo(OnScreen.onEdt(frame::glossary));
        assertThat(ProjectFile.load(folder.resolve("seeds" + ProjectFile.EXTENSION)).glossary().entries())
                .doesNotContain(first);
    }

    @Test
    void aMinedCandidateIsAcceptedIntoTheGlossaryWithEnterTwice() throws Exception {
        hands.clickRow(table(), 0);

        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_F9);
        await("candidates are listed", WAIT, () -> candidatesTable().isShowing()
                && candidatesTable().getRowCount() > 0 && candidatesTable().isFocusOwner());
        int before = OnScreen.onEdt(() -> candidatesTable().getRowCount());
        TermEntry proposed = OnScreen.onEdt(() -> TermEntry.approved((String) candidatesTable().getValueAt(0, 0),
                (String) candidatesTable().getValueAt(0, 1)));
        hands.press(KeyEvent.VK_ENTER);
        await("the term dialog shows the pair", WAIT, () -> OnScreen.find(dialog(), "term.english") != null
                && ((JTextField) OnScreen.find(dialog(), "term.english")).getText().equals(proposed.english())
                && ((JTextField) OnScreen.find(dialog(), "term.vietnamese")).getText().equals(proposed.vietnamese()));
        hands.press(KeyEvent.VK_ENTER);

        await("the pair is in the glossary", WAIT, () -> frame.glossary().entries().contains(proposed));
        await("and no longer proposed", WAIT, () -> candidatesTable().getRowCount() == before - 1);
    }

    private JTable candidatesTable() {
        return (JTable) OnScreen.find(frame, "candidates.table");
    }

    @Test
    void importAddsOnlyNewPairsAndExportWritesTheGlossaryAsTbx() throws Exception {
        Path csv = folder.resolve("more-terms.csv");
        Files.writeString(csv, "en,vi,status,note\nblood,máu,approved,\nthrombocytopenia,giảm tiểu cầu,,from a CSV\n");
        hands.clickRow(table(), 0);
        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT, KeyEvent.VK_G);
        await("the glossary panel is shown", WAIT, () -> glossaryTable().isShowing());
        int before = OnScreen.onEdt(() -> frame.glossary().size());

        hands.click(OnScreen.onEdt(() -> OnScreen.find(frame, "glossary.import")));
        choose(csv);

        TermEntry added = new TermEntry("thrombocytopenia", "giảm tiểu cầu", TermStatus.APPROVED, "from a CSV");
        await("the new pair is imported", WAIT, () -> frame.glossary().entries().contains(added));
        assertThat(OnScreen.onEdt(() -> frame.glossary().size())).isEqualTo(before + 1);
        assertThat(statusMessage())
                .isEqualTo("Imported 1 entry from more-terms.csv; 1 already in the glossary was left as it is");

        Path tbx = folder.resolve("exported.tbx");
        hands.click(OnScreen.onEdt(() -> OnScreen.find(frame, "glossary.export")));
        choose(tbx);

        await("the glossary is exported", WAIT, () -> Files.exists(tbx));
        assertThat(GlossaryFile.read(tbx)).isEqualTo(OnScreen.onEdt(frame::glossary));
        assertThat(statusMessage()).isEqualTo("Exported " + (before + 1) + " entries to " + tbx);
    }

    /** Picks {@code file} in the glossary file chooser, as typed into its name field, and presses Enter. */
    private void choose(Path file) throws Exception {
        await("the file chooser is open", WAIT, () -> chooser() != null
                && javax.swing.SwingUtilities.getWindowAncestor(chooser()).isFocused());
        OnScreen.onEdt(() -> {
            chooser().setSelectedFile(file.toFile());
            return null;
        });
        await("the chooser shows the file", WAIT, () -> chooser().getSelectedFile().equals(file.toFile()));
        hands.press(KeyEvent.VK_ENTER);
        await("the file chooser is closed", WAIT, () -> chooser() == null);
    }

    private javax.swing.JFileChooser chooser() {
        for (java.awt.Window window : java.awt.Window.getWindows()) {
            if (window.isShowing() && OnScreen.find(window, "dialog.glossaryFile") instanceof javax.swing.JFileChooser c) {
                return c;
            }
        }
        return null;
    }

    @Test
    void enterOnAQaFindingSelectsItsRowInTheGrid() throws Exception {
        hands.clickRow(table(), 0);

        hands.press(KeyEvent.VK_F9);
        await("the QA findings are listed", WAIT, () -> qaTable().isShowing() && qaTable().getRowCount() > 0);
        await("the findings have the focus", WAIT, () -> qaTable().isFocusOwner());
        hands.press(KeyEvent.VK_DOWN);
        int findingRow = OnScreen.onEdt(() -> (Integer) qaTable().getValueAt(qaTable().getSelectedRow(), 0));
        assertThat(findingRow).isGreaterThan(1);
        hands.press(KeyEvent.VK_ENTER);

        await("row " + findingRow + " is selected in the grid", WAIT,
                () -> table().getSelectedRow() == findingRow - 1);
        assertThat(OnScreen.onEdt(() -> qaTable().isFocusOwner())).isTrue();
    }

    @Test
    void aCorrectionIsPreviewedAppliedAsOneEditAndUndoneWithControlZ() throws Exception {
        hands.clickRow(table(), 0);
        Alignment before = OnScreen.onEdt(() -> frame.history().current());

        hands.press(KeyEvent.VK_SHIFT, KeyEvent.VK_F9);
        await("the consistency report is listed", WAIT, () -> termsTable().isShowing()
                && termsTable().getRowCount() > 0 && termsTable().getSelectedRow() == 0);
        assertThat(OnScreen.onEdt(() -> termsTable().getValueAt(0, 0))).isEqualTo("retransfusion");
        assertThat(OnScreen.onEdt(() -> (String) termsTable().getValueAt(0, 2)))
                .startsWith("truyền máu ngược ×").contains("tái truyền máu ×1 (forbidden)");
        screenshot("consistency-report.png");
        hands.click(OnScreen.onEdt(() -> OnScreen.find(frame, "terms.correct")));
        await("the preview is shown", WAIT, () -> changesTable() != null && changesTable().isShowing());
        int row = rowWith("retransfusion", "(tái truyền máu)");
        List<String> previewed = OnScreen.onEdt(() -> java.util.stream.IntStream.range(0, changesTable().getRowCount())
                .mapToObj(i -> changesTable().getValueAt(i, 0) + ": " + changesTable().getValueAt(i, 2)).toList());
        assertThat(previewed).anyMatch(line -> line.startsWith((row + 1) + ": Truyền máu ngược (truyền máu ngược) là"));
        assertThat(previewed).noneMatch(line -> line.contains("tái truyền máu"));
        hands.press(KeyEvent.VK_ENTER);

        await("the correction is applied", WAIT, () -> !frame.history().current().equals(before));
        assertThat(OnScreen.onEdt(() -> frame.history().undoDescription()))
                .contains("Use 'truyền máu ngược' for 'retransfusion'");
        assertThat(OnScreen.onEdt(() -> frame.history().current().row(row).vietnamese().get(0).text()))
                .startsWith("Truyền máu ngược (truyền máu ngược) là thủ thuật");
        await("the report no longer counts the forbidden rendering", WAIT,
                () -> !((String) termsTable().getValueAt(0, 2)).contains("tái truyền máu"));
        await("the report has the focus back", WAIT, () -> termsTable().isFocusOwner());
        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_Z);
        await("one undo takes the whole correction back", WAIT,
                () -> frame.history().current().equals(before));
        assertThat(OnScreen.onEdt(() -> ((javax.swing.JLabel) OnScreen.find(frame, "terms.summary")).getText()))
                .isEqualTo("The alignment changed since this was made: press Refresh");
    }

    /** Waits like {@link OnScreen#await}, saying on failure where the focus was and which windows were up. */
    private static void await(String what, Duration timeout, java.util.concurrent.Callable<Boolean> condition)
            throws Exception {
        try {
            OnScreen.await(what, timeout, condition);
        } catch (AssertionError e) {
            String state = OnScreen.onEdt(() -> "focus on "
                    + java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner() + "; windows "
                    + Arrays.stream(java.awt.Window.getWindows()).filter(java.awt.Window::isShowing)
                            .map(w -> w.getName() + (w.isFocused() ? " (focused)" : "")).toList());
            throw new AssertionError(e.getMessage() + ": " + state, e);
        }
    }

    private JTable termsTable() {
        return (JTable) OnScreen.find(frame, "terms.table");
    }

    private JTable changesTable() {
        for (java.awt.Window window : java.awt.Window.getWindows()) {
            if (window.isShowing() && "dialog.correction".equals(window.getName())) {
                return (JTable) OnScreen.find(window, "correction.changes");
            }
        }
        return null;
    }



    private int rowWith(String english, String vietnamese) throws Exception {
        Alignment alignment = OnScreen.onEdt(() -> frame.history().current());
        for (int i = 0; i < alignment.size(); i++) {
            String en = (String) alignment.row(i).english().stream().map(s -> s.text()).reduce("", String::concat);
            String vi = (String) alignment.row(i).vietnamese().stream().map(s -> s.text()).reduce("", String::concat);
            if (en.contains(english) && vi.contains(vietnamese)) {
                return i;
            }
        }
        throw new AssertionError("the example project has no row with '" + english + "' and '" + vietnamese + "'");
    }

    /** Clicks in front of the word at {@code offset} of the named text area, then selects two words with Ctrl+Shift+Right. */
    private void selectTwoWordsFrom(String name, int offset) throws Exception {
        java.util.concurrent.Callable<Boolean> caretAtTheWord = () -> {
            JTextArea area = (JTextArea) OnScreen.find(dialog(), name);
            return area.isFocusOwner() && area.getCaretPosition() == offset;
        };
        try {
            hands.clickUntil("the caret is at the word", () -> {
                JTextArea area = (JTextArea) OnScreen.find(dialog(), name);
                Rectangle2D place = area.modelToView2D(offset);
                // The area shows three lines: a person scrolls a word below them into view first.
                area.scrollRectToVisible(place.getBounds());
                Point onScreen = area.getLocationOnScreen();
                return new Point(onScreen.x + (int) place.getX() + 1, onScreen.y + (int) place.getCenterY());
            }, caretAtTheWord);
        } catch (AssertionError missed) {
            String state = OnScreen.onEdt(() -> {
                JTextArea area = (JTextArea) OnScreen.find(dialog(), name);
                Component focused = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
                return "caret " + area.getCaretPosition() + " (word at " + offset + "), focus on "
                        + (focused == null ? "nothing" : focused.getName() + " " + focused.getClass().getSimpleName());
            });
            throw new AssertionError(missed.getMessage() + ": " + state, missed);
        }
        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT, KeyEvent.VK_RIGHT);
        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT, KeyEvent.VK_RIGHT);
    }

    /** The spans the renderer marks in a cell, as the grid paints it. */
    private List<Span> highlights(int row, int column) throws Exception {
        return OnScreen.onEdt(() -> {
            JTextArea cell = (JTextArea) renderer(row, column);
            return Arrays.stream(cell.getHighlighter().getHighlights())
                    .map((Highlighter.Highlight h) -> new Span(h.getStartOffset(), h.getEndOffset())).toList();
        });
    }

    private String tooltip(int row, int column) throws Exception {
        return OnScreen.onEdt(() -> ((JTextArea) renderer(row, column)).getToolTipText());
    }

    private Component renderer(int row, int column) {
        return table().prepareRenderer(table().getCellRenderer(row, column), row, column);
    }

    private static Span span(String text, String term) {
        int start = text.indexOf(term);
        return new Span(start, start + term.length());
    }

    private java.awt.Window dialog() {
        for (java.awt.Window window : java.awt.Window.getWindows()) {
            if (window.isShowing() && "dialog.term".equals(window.getName())) {
                return window;
            }
        }
        return frame;
    }

    private void screenshot(String name) throws Exception {
        BufferedImage image = OnScreen.onEdt(() -> {
            frame.getRootPane().validate();
            BufferedImage painted = new BufferedImage(frame.getRootPane().getWidth(), frame.getRootPane().getHeight(),
                    BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D graphics = painted.createGraphics();
            frame.getRootPane().paint(graphics);
            graphics.dispose();
            return painted;
        });
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        ImageIO.write(image, "png", target.resolve(name).toFile());
    }

    private String statusMessage() throws Exception {
        return OnScreen.onEdt(() -> ((javax.swing.JLabel) OnScreen.find(frame, "status.message")).getText());
    }

    private JTable table() {
        return frame.grid().table();
    }

    private JTable glossaryTable() {
        return (JTable) OnScreen.find(frame, "glossary.table");
    }

    private JTable qaTable() {
        return (JTable) OnScreen.find(frame, "qa.table");
    }

    /** Goes to a row as a user does: Ctrl+G, its number, Enter. */
    private void goToRow(int row) throws Exception {
        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_G);
        await("the row question waits for the number", WAIT, () -> {
            Component owner = java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
            return OnScreen.question() != null && owner instanceof JTextField
                    && javax.swing.SwingUtilities.isDescendingFrom(owner, OnScreen.question());
        });
        for (char digit : String.valueOf(row + 1).toCharArray()) {
            hands.press(KeyEvent.VK_0 + (digit - '0'));
        }
        hands.press(KeyEvent.VK_ENTER);
        await("row " + (row + 1) + " is selected", WAIT, () -> table().getSelectedRow() == row);
        // Without a window manager the window may not get the focus back from the question: a click on the row does.
        hands.clickRow(table(), row);
    }

}
