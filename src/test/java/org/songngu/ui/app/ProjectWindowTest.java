package org.songngu.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songngu.core.align.Aligner;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.Lexicon;
import org.songngu.core.align.RowStatus;
import org.songngu.core.align.SentenceSide;
import org.songngu.core.document.Document;
import org.songngu.core.document.DocumentReader;
import org.songngu.core.edit.SetStatus;
import org.songngu.core.project.Project;
import org.songngu.core.project.ProjectFile;
import org.songngu.core.project.SyntheticProject;
import org.songngu.core.task.Cancellation;
import org.songngu.core.task.ProgressListener;
import org.songngu.core.text.Language;
import org.songngu.ui.grid.AlignmentTableModel;

/** A saved project opened in the window, edited with real keys and saved back with Ctrl+S. */
@Tag("gui")
class ProjectWindowTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path folder;
    private Path file;
    private WorkbenchFrame frame;

    @BeforeEach
    void openASavedProject() throws Exception {
        OnScreen.requireDisplay();
        Document en = DocumentReader.read(Workbench.SEED_ENGLISH, Language.EN);
        Document vi = DocumentReader.read(Workbench.SEED_VIETNAMESE, Language.VI);
        Alignment alignment = Alignment.of(en, vi, new Aligner(Lexicon.builtIn()).align(SentenceSide.of(en),
                SentenceSide.of(vi), List.of(), ProgressListener.NONE, Cancellation.NEVER));
        file = folder.resolve("seeds" + ProjectFile.EXTENSION);
        ProjectFile.save(new Project("seeds", alignment, Instant.EPOCH, Instant.EPOCH, "en.txt", "vi.txt"), file);
        frame = OnScreen.onEdt(() -> {
            Theme.install(false);
            WorkbenchFrame opened = new WorkbenchFrame();
            opened.setVisible(true);
            opened.open(file);
            return opened;
        });
        OnScreen.await("the project is shown", WAIT, () -> frame.grid() != null && frame.grid().table().isShowing());
    }

    @AfterEach
    void close() throws Exception {
        OnScreen.dispose(frame);
    }

    @Test
    void aLargeProjectIsReadOffTheEventThread() throws Exception {
        Path large = folder.resolve("large" + ProjectFile.EXTENSION);
        ProjectFile.save(SyntheticProject.generate(6_000, 7), large);
        assertThat(Files.size(large)).isGreaterThan(4L << 20);

        // open() returns before the project is read: the window goes on answering meanwhile.
        String titleRightAfterOpen = OnScreen.onEdt(() -> {
            frame.open(large);
            return frame.getTitle();
        });
        assertThat(titleRightAfterOpen).isEqualTo("Song Ngữ — seeds");

        OnScreen.await("the large project is shown", WAIT, () -> frame.getTitle().startsWith("Song Ngữ — synthetic-6000"));
        assertThat(OnScreen.onEdt(() -> frame.grid().table().getRowCount())).isEqualTo(6_000);
    }

    @Test
    void controlSSavesTheConfirmedRowToTheProjectFile() throws Exception {
        assertThat(OnScreen.onEdt(frame::getTitle)).isEqualTo("Song Ngữ — seeds");
        Robot robot = new Robot();
        robot.setAutoWaitForIdle(true);
        JTable table = OnScreen.onEdt(() -> frame.grid().table());
        Point centre = OnScreen.onEdt(() -> {
            Rectangle cell = table.getCellRect(0, AlignmentTableModel.ENGLISH, true);
            Point onScreen = table.getLocationOnScreen();
            return new Point(onScreen.x + cell.x + cell.width / 2, onScreen.y + cell.y + cell.height / 2);
        });
        robot.mouseMove(centre.x, centre.y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        OnScreen.await("row 1 is selected in the focused grid", WAIT,
                () -> table.isFocusOwner() && table.getSelectedRow() == 0);

        chord(robot, KeyEvent.VK_CONTROL, KeyEvent.VK_ENTER);
        OnScreen.await("the title shows unsaved changes", WAIT, () -> frame.getTitle().equals("Song Ngữ — seeds *"));
        chord(robot, KeyEvent.VK_CONTROL, KeyEvent.VK_S);
        OnScreen.await("the title shows the changes saved", WAIT, () -> frame.getTitle().equals("Song Ngữ — seeds"));

        assertThat(ProjectFile.load(file).alignment().row(0).status()).isEqualTo(RowStatus.CONFIRMED);
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindow() throws Exception {
        OnScreen.onEdt(() -> {
            frame.history().perform(new SetStatus(Set.of(frame.history().current().row(0).id()), RowStatus.CONFIRMED));
            return null;
        });
        OnScreen.await("the title shows unsaved changes", WAIT, () -> frame.getTitle().endsWith(" *"));

        answerCloseQuestion(JOptionPane.CANCEL_OPTION);
        assertThat(OnScreen.onEdt(frame::isDisplayable)).isTrue();
        assertThat(OnScreen.onEdt(frame::getTitle)).endsWith(" *");

        answerCloseQuestion(JOptionPane.NO_OPTION);
        OnScreen.await("the window closes without saving", WAIT, () -> !frame.isDisplayable());
        assertThat(ProjectFile.load(file).alignment().row(0).status()).isEqualTo(RowStatus.UNCONFIRMED);
    }

    /** Asks the window to close, as its close button does, and answers the question it puts. */
    private void answerCloseQuestion(int answer) throws Exception {
        OnScreen.onEdt(() -> {
            // Later, since the question is modal and would block this call.
            SwingUtilities.invokeLater(() -> frame.dispatchEvent(new WindowEvent(frame, WindowEvent.WINDOW_CLOSING)));
            return null;
        });
        OnScreen.await("the window asks whether to save", WAIT, () -> OnScreen.question() != null);
        OnScreen.onEdt(() -> {
            OnScreen.question().setValue(answer);
            return null;
        });
        OnScreen.await("the question is answered", WAIT, () -> OnScreen.question() == null);
    }

    @Test
    void aFileThatIsNotAProjectIsReportedByName() throws Exception {
        Path broken = folder.resolve("broken" + ProjectFile.EXTENSION);
        Files.writeString(broken, "{ not json");

        OnScreen.onEdt(() -> {
            SwingUtilities.invokeLater(() -> frame.open(broken));
            return null;
        });

        OnScreen.await("an error names the file", WAIT, () -> Arrays.stream(Window.getWindows())
                .filter(Window::isShowing)
                .filter(w -> w instanceof JDialog)
                .anyMatch(w -> containsText(w, broken.toString())));
        OnScreen.onEdt(() -> {
            for (Window window : Window.getWindows()) {
                if (window instanceof JDialog) {
                    window.dispose();
                }
            }
            return null;
        });
        assertThat(OnScreen.onEdt(frame::getTitle)).isEqualTo("Song Ngữ — seeds");
    }

    private static boolean containsText(Container root, String text) {
        for (Component child : root.getComponents()) {
            if (child instanceof JLabel label && label.getText() != null && label.getText().contains(text)) {
                return true;
            }
            if (child instanceof Container container && containsText(container, text)) {
                return true;
            }
        }
        return false;
    }

    private static void chord(Robot robot, int modifier, int key) {
        robot.keyPress(modifier);
        robot.keyPress(key);
        robot.keyRelease(key);
        robot.keyRelease(modifier);
    }
}
