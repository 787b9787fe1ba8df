package org.songngu.ui.task;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Window;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;
import javax.swing.Timer;
import org.songngu.core.task.Cancellation;
import org.songngu.core.task.ProgressListener;
import org.songngu.ui.app.Messages;
import org.songngu.ui.app.Texts;

/**
 * Runs long work off the event thread behind a progress dialog with a Cancel button, shown once the
 * work has taken {@value #POPUP_DELAY_MILLIS} ms; a failure becomes a message naming what went
 * wrong, never a stack trace.
 */
public final class TaskRunner {

    /** Work that reports its progress and stops when cancelled. */
    @FunctionalInterface
    public interface Task<T> {
        T run(ProgressListener progress, Cancellation cancellation) throws Exception;
    }

    private static final int SCALE = 1000;
    /** Work done sooner than this shows no dialog: one that flashes up and vanishes only distracts. */
    static final int POPUP_DELAY_MILLIS = 400;

    private TaskRunner() {
    }

    /** @param title what the work is, in the current UI language; asked again when the language changes */
    public static <T> void run(Component owner, Supplier<String> title, Task<T> task, Consumer<T> onSuccess) {
        AtomicBoolean cancelled = new AtomicBoolean();
        JProgressBar bar = new JProgressBar(0, SCALE);
        bar.setName("task.progress");
        // Moving until the task says how far it is: reading a project, for one, never does.
        bar.setIndeterminate(true);
        // The dialog is not modal: the UI language may change while it shows.
        JButton cancel = Texts.text(new JButton(), () -> Messages.get("task.cancel"));
        cancel.setName("task.cancel");
        Window window = owner == null ? null : SwingUtilities.getWindowAncestor(owner);
        JDialog dialog = new JDialog(window);
        dialog.setName("task.dialog");
        JPanel content = new JPanel(new BorderLayout(8, 8));
        content.setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
        JLabel heading = new JLabel();
        heading.setName("task.heading");
        Texts.bind(content, () -> {
            dialog.setTitle(title.get());
            heading.setText(title.get());
        });
        content.add(heading, BorderLayout.NORTH);
        content.add(bar, BorderLayout.CENTER);
        content.add(cancel, BorderLayout.EAST);
        dialog.setContentPane(content);
        dialog.pack();

        Timer popup = new Timer(POPUP_DELAY_MILLIS, null);
        popup.setRepeats(false);
        SwingWorker<T, Integer> worker = new SwingWorker<>() {
            @Override
            protected T doInBackground() throws Exception {
                return task.run((done, total, what) -> publish(total == 0 ? 0 : (int) (SCALE * done / total)),
                        cancelled::get);
            }

            @Override
            protected void process(List<Integer> values) {
                bar.setIndeterminate(false);
                bar.setValue(values.get(values.size() - 1));
            }

            @Override
            protected void done() {
                popup.stop();
                dialog.dispose();
                try {
                    onSuccess.accept(get());
                } catch (CancellationException | InterruptedException e) {
                    // The user asked for it: nothing to report.
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof CancellationException)) {
                        String message = e.getCause().getMessage() == null ? e.getCause().toString() : e.getCause().getMessage();
                        JOptionPane.showMessageDialog(owner, Messages.get("task.failed", message), title.get(),
                                JOptionPane.ERROR_MESSAGE);
                    }
                }
            }
        };
        // Cancel answers at once: the task stops at its next check, and whatever it still returns is dropped.
        // Some work, such as reading a project file, has no point to check at.
        cancel.addActionListener(event -> {
            cancelled.set(true);
            worker.cancel(false);
        });
        popup.addActionListener(event -> {
            if (!worker.isDone()) {
                // Placed now, not when built: the owner may have moved meanwhile.
                dialog.setLocationRelativeTo(owner);
                dialog.setVisible(true);
            }
        });
        worker.execute();
        popup.start();
    }
}
