package org.songngu.ui.app;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import org.songngu.core.project.Project;
import org.songngu.core.project.ProjectFileException;
import org.songngu.core.project.RecoveryFile;

/**
 * Writes the recovery copy of the open project at a fixed interval while it has unsaved changes.
 * The snapshot is taken on the event thread, where the project lives; the file is written on one
 * background thread, so writes and discards happen in the order they were asked for and a discard
 * after a save is never undone by a write still on its way.
 */
final class Autosave {

    /** What to write, and where. */
    record Snapshot(RecoveryFile file, Project project) {
    }

    private final Timer timer;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(task -> new Thread(task, "autosave"));
    private final Consumer<String> report;

    /**
     * @param snapshot on the event thread, the project to write, or empty while there is nothing unsaved
     * @param report shows a one-line message on the event thread; a failure is never a dialog, since
     *               it would come back every interval
     */
    Autosave(Duration interval, Supplier<Optional<Snapshot>> snapshot, Consumer<String> report) {
        this.report = report;
        this.timer = new Timer((int) interval.toMillis(), event -> snapshot.get().ifPresent(this::write));
    }

    void start() {
        timer.start();
    }

    /** Stops writing; what was already asked for still happens, a discard included. */
    void stop() {
        timer.stop();
        writer.shutdown();
    }

    /** Deletes a recovery copy once its changes are saved or the user dropped them. */
    void discard(RecoveryFile file) {
        writer.execute(() -> {
            try {
                file.discardRecovery();
            } catch (ProjectFileException e) {
                tell(Messages.get("status.recoveryNotDiscarded", e.getMessage()));
            }
        });
    }

    private void write(Snapshot snapshot) {
        writer.execute(() -> {
            try {
                snapshot.file().writeRecovery(snapshot.project());
            } catch (ProjectFileException e) {
                tell(Messages.get("status.autosaveFailed", e.getMessage()));
            }
        });
    }

    private void tell(String text) {
        SwingUtilities.invokeLater(() -> report.accept(text));
    }
}
