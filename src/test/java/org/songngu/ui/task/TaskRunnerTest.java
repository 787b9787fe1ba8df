package org.songngu.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Point;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JProgressBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.songngu.ui.app.OnScreen;

@Tag("gui")
class TaskRunnerTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private JFrame owner;

    @BeforeEach
    void open() throws Exception {
        OnScreen.requireDisplay();
        owner = OnScreen.onEdt(() -> {
            JFrame frame = new JFrame("owner");
            frame.setSize(600, 400);
            frame.setVisible(true);
            return frame;
        });
    }

    @AfterEach
    void close() throws Exception {
        // A dialog a failed test left open would keep its bar moving and slow every later window test.
        OnScreen.dispose(taskDialog());
        OnScreen.dispose(owner);
    }

    @Test
    void cancelClosesTheDialogAtOnceAndDropsWhatTheTaskStillReturns() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        AtomicReference<String> delivered = new AtomicReference<>();
        OnScreen.onEdt(() -> {
            // Like reading a project: work that never looks at the cancellation.
            TaskRunner.run(owner, () -> "Slow work", (progress, cancellation) -> {
                try {
                    release.await();
                    return "result";
                } finally {
                    finished.countDown();
                }
            }, delivered::set);
            return null;
        });
        JDialog dialog = shownDialog();
        JButton cancel = OnScreen.onEdt(() -> (JButton) OnScreen.find(dialog, "task.cancel"));

        clickUntil(cancel, () -> !dialog.isDisplayable());

        release.countDown();
        finished.await();
        // Anything the finished task could still hand to the event thread has run by the second call.
        OnScreen.onEdt(() -> null);
        OnScreen.onEdt(() -> null);
        assertThat(delivered.get()).isNull();
    }

    @Test
    void aFinishedTaskHandsOverItsResultAndItsProgressBarStopsMovingWhenItReports() throws Exception {
        CountDownLatch proceed = new CountDownLatch(1);
        CountDownLatch reported = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<String> delivered = new AtomicReference<>();
        OnScreen.onEdt(() -> {
            TaskRunner.run(owner, () -> "Counted work", (progress, cancellation) -> {
                proceed.await();
                progress.progress(1, 4, "counting");
                reported.countDown();
                release.await();
                return "done";
            }, delivered::set);
            return null;
        });
        JDialog dialog = shownDialog();
        JProgressBar bar = OnScreen.onEdt(() -> (JProgressBar) OnScreen.find(dialog, "task.progress"));
        assertThat(OnScreen.onEdt(bar::isIndeterminate)).isTrue();

        proceed.countDown();
        reported.await();
        OnScreen.await("the bar shows a quarter", WAIT, () -> !bar.isIndeterminate() && bar.getValue() == 250);
        release.countDown();

        OnScreen.await("the result is handed over", WAIT, () -> "done".equals(delivered.get()));
        assertThat(OnScreen.onEdt(dialog::isDisplayable)).isFalse();
    }

    @Test
    void quickWorkShowsNoDialog() throws Exception {
        AtomicReference<String> delivered = new AtomicReference<>();
        AtomicReference<Boolean> dialogSeen = new AtomicReference<>(false);
        OnScreen.onEdt(() -> {
            TaskRunner.run(owner, () -> "Quick work", (progress, cancellation) -> "done", result -> {
                dialogSeen.set(taskDialog() != null);
                delivered.set(result);
            });
            return null;
        });

        OnScreen.await("the result is handed over", WAIT, () -> "done".equals(delivered.get()));
        assertThat(dialogSeen.get()).isFalse();
    }

    /** The progress dialog, waited for: it comes up once the work has run for a moment. */
    private static JDialog shownDialog() throws Exception {
        OnScreen.await("the progress dialog is shown", WAIT, () -> taskDialog() != null);
        return OnScreen.onEdt(TaskRunnerTest::taskDialog);
    }

    private static JDialog taskDialog() {
        return OnScreen.showingDialog("task.dialog");
    }

    /**
     * Clicks the button with the mouse until {@code done} holds: a window just shown under Xvfb
     * may not take the first click yet.
     */
    private static void clickUntil(JButton button, Callable<Boolean> done) throws Exception {
        OnScreen.await("the button is on screen", WAIT, button::isShowing);
        Robot robot = new Robot();
        // Not waiting for the event queue to be idle: the moving bar keeps it busy, and each wait would last until
        // its timeout. The condition below is what the click is waited for.
        robot.setAutoWaitForIdle(false);
        for (int attempt = 1; ; attempt++) {
            // Where the button is now: a window just shown may still be placed by the X server.
            Point centre = OnScreen.onEdt(() -> {
                Point corner = button.getLocationOnScreen();
                return new Point(corner.x + button.getWidth() / 2, corner.y + button.getHeight() / 2);
            });
            robot.mouseMove(centre.x, centre.y);
            robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
            robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
            try {
                OnScreen.await("the click took effect", Duration.ofSeconds(2), done);
                return;
            } catch (AssertionError notYet) {
                if (attempt == 10) {
                    throw notYet;
                }
            }
        }
    }
}
