package org.songngu.ui.app;

import java.awt.AWTException;
import java.awt.Component;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.time.Duration;
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
        clickAt(OnScreen.onEdt(() -> {
            Point onScreen = component.getLocationOnScreen();
            return new Point(onScreen.x + component.getWidth() / 2, onScreen.y + component.getHeight() / 2);
        }));
    }

    void clickAt(Point point) {
        robot.mouseMove(point.x, point.y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
    }
}
