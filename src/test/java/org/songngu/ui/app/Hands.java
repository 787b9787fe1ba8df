package org.songngu.ui.app;

import java.awt.AWTException;
import java.awt.Component;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.time.Duration;
import java.util.concurrent.Callable;
import javax.swing.JTable;
import org.songngu.ui.grid.AlignmentTableModel;

/** A person's input for window tests: real key strokes and clicks through {@link Robot}. */
final class Hands {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final Robot robot;

    Hands() throws AWTException {
        robot = new Robot();
        robot.setAutoWaitForIdle(true);
    }

    /** Presses the keys in order and releases them in reverse, like a chord. */
    void press(int... keys) {
        for (int key : keys) {
            robot.keyPress(key);
        }
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.keyRelease(keys[i]);
        }
    }

    /** Types plain lower-case letters and spaces, one key each. */
    void type(String text) {
        for (char c : text.toCharArray()) {
            press(KeyEvent.getExtendedKeyCodeForChar(c));
        }
    }

    /** Clicks a grid row's English cell, scrolled into view, and waits until the focused grid selects it. */
    void clickRow(JTable table, int row) throws Exception {
        clickAt(OnScreen.onEdt(() -> {
            Rectangle cell = table.getCellRect(row, AlignmentTableModel.ENGLISH, true);
            table.scrollRectToVisible(cell);
            Point onScreen = table.getLocationOnScreen();
            return new Point(onScreen.x + cell.x + cell.width / 2, onScreen.y + cell.y + cell.height / 2);
        }));
        OnScreen.await("row " + (row + 1) + " is selected in the focused grid", WAIT,
                () -> table.isFocusOwner() && table.getSelectedRow() == row);
    }

    /** Clicks the middle of a component on screen. */
    void click(Component component) throws Exception {
        clickAt(OnScreen.onEdt(() -> middleOf(component)));
    }

    /**
     * Clicks where {@code where} says until {@code done} holds: a dialog just shown may still be
     * moved by the X server, so a click that missed is made again where the target is now.
     */
    void clickUntil(String what, Callable<Point> where, Callable<Boolean> done) throws Exception {
        for (int attempt = 1; attempt < 5 && !OnScreen.onEdt(done); attempt++) {
            clickAt(OnScreen.onEdt(where));
            try {
                OnScreen.await(what, Duration.ofSeconds(2), done);
            } catch (AssertionError missed) {
                // the loop clicks again
            }
        }
        OnScreen.await(what, WAIT, done);
    }

    /** The middle of a component on screen; call on the event thread. */
    static Point middleOf(Component component) {
        Point onScreen = component.getLocationOnScreen();
        return new Point(onScreen.x + component.getWidth() / 2, onScreen.y + component.getHeight() / 2);
    }

    void clickAt(Point point) {
        robot.mouseMove(point.x, point.y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
    }
}
