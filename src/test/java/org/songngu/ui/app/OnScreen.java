package org.songngu.ui.app;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.GraphicsEnvironment;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;

/** Helpers for tests that open real windows: skip without a display, wait on conditions, touch Swing on its thread. */
public final class OnScreen {

    private OnScreen() {
    }

    public static void requireDisplay() {
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display: window tests run under Xvfb in CI");
    }

    /** Evaluates on the event thread. */
    public static <T> T onEdt(Callable<T> query) throws InterruptedException, InvocationTargetException {
        AtomicReference<T> result = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(query.call());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return result.get();
    }

    /** Polls a condition on the event thread until it holds, failing after the timeout. */
    public static void await(String what, Duration timeout, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Boolean.TRUE.equals(onEdt(condition))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(20);
        }
    }

    /** A workbench window on screen with the seed documents aligned afresh and shown in the grid. */
    static WorkbenchFrame workbenchOnAlignedSeeds() throws Exception {
        WorkbenchFrame frame = onEdt(() -> {
            Theme.install(false);
            WorkbenchFrame opened = new WorkbenchFrame();
            opened.setVisible(true);
            opened.align(Workbench.SEED_ENGLISH, Workbench.SEED_VIETNAMESE);
            return opened;
        });
        await("the seeds are aligned", Duration.ofSeconds(60),
                () -> frame.grid() != null && frame.grid().table().getRowCount() > 0 && frame.grid().table().isShowing());
        return frame;
    }

    /**
     * A workbench window on screen with a copy of the example project in {@code folder} open, so
     * that no recovery copy or save touches the project the repository ships.
     */
    static WorkbenchFrame workbenchOnExampleCopy(java.nio.file.Path folder) throws Exception {
        java.nio.file.Path file = folder.resolve("seeds" + org.songngu.core.project.ProjectFile.EXTENSION);
        java.nio.file.Files.copy(Workbench.EXAMPLE_PROJECT, file);
        WorkbenchFrame frame = onEdt(() -> {
            Theme.install(false);
            WorkbenchFrame opened = new WorkbenchFrame();
            opened.setSize(1280, 900);
            opened.setVisible(true);
            opened.open(file);
            return opened;
        });
        await("the project is shown", Duration.ofSeconds(20), () -> frame.grid() != null
                && frame.grid().table().isShowing() && frame.grid().table().getRowCount() > 0);
        return frame;
    }

    /** The question dialog on screen, or null: for tests that answer it as a person would. */
    static javax.swing.JOptionPane question() {
        for (java.awt.Window window : java.awt.Window.getWindows()) {
            if (window instanceof javax.swing.JDialog dialog && dialog.isShowing()
                    && dialog.getContentPane().getComponentCount() > 0
                    && dialog.getContentPane().getComponent(0) instanceof javax.swing.JOptionPane pane) {
                return pane;
            }
        }
        return null;
    }

    /** Closes a workbench a test opened, if it got that far, without the question about unsaved changes. */
    static void closeWithoutAsking(WorkbenchFrame frame) throws InterruptedException, InvocationTargetException {
        if (frame != null && frame.history() != null) {
            onEdt(() -> {
                frame.history().markSaved();
                return null;
            });
        }
        dispose(frame);
    }

    /** Closes a window a test opened, if it got that far. */
    public static void dispose(java.awt.Window window) throws InterruptedException, InvocationTargetException {
        if (window != null) {
            SwingUtilities.invokeAndWait(window::dispose);
        }
    }

    /** The dialog named {@code name} that is on screen, or null. */
    public static javax.swing.JDialog showingDialog(String name) {
        return java.util.Arrays.stream(java.awt.Window.getWindows())
                .filter(window -> window instanceof javax.swing.JDialog && window.isShowing() && name.equals(window.getName()))
                .map(javax.swing.JDialog.class::cast).findFirst().orElse(null);
    }

    /** The component named {@code name} under {@code root}, menu items included, or null. */
    public static java.awt.Component find(java.awt.Container root, String name) {
        for (java.awt.Component child : root.getComponents()) {
            if (name.equals(child.getName())) {
                return child;
            }
            if (child instanceof javax.swing.JMenu menu) {
                for (java.awt.Component item : menu.getMenuComponents()) {
                    if (name.equals(item.getName())) {
                        return item;
                    }
                }
            }
            if (child instanceof java.awt.Container container) {
                java.awt.Component found = find(container, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
