package org.songngu.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import javax.swing.JOptionPane;
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
import org.songngu.core.project.ProjectFileException;
import org.songngu.core.project.RecoveryFile;
import org.songngu.core.task.Cancellation;
import org.songngu.core.task.ProgressListener;
import org.songngu.core.text.Language;
import org.songngu.ui.action.Command;

/** Autosave while a saved project has unsaved changes, and the offer to restore them after a crash. */
@Tag("gui")
class RecoveryWindowTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration SHORT_INTERVAL = Duration.ofMillis(100);

    @TempDir
    Path folder;
    private Path file;
    private Path recovery;
    private WorkbenchFrame frame;
    private WorkbenchFrame reopened;

    @BeforeEach
    void openASavedProject() throws Exception {
        OnScreen.requireDisplay();
        Document en = DocumentReader.read(Workbench.SEED_ENGLISH, Language.EN);
        Document vi = DocumentReader.read(Workbench.SEED_VIETNAMESE, Language.VI);
        Alignment alignment = Alignment.of(en, vi, new Aligner(Lexicon.builtIn()).align(SentenceSide.of(en),
                SentenceSide.of(vi), List.of(), ProgressListener.NONE, Cancellation.NEVER));
        file = folder.resolve("seeds" + ProjectFile.EXTENSION);
        recovery = RecoveryFile.forProject(file).path();
        ProjectFile.save(new Project("seeds", alignment, Instant.EPOCH, Instant.EPOCH, "en.txt", "vi.txt"), file);
        frame = opened(SHORT_INTERVAL);
    }

    @AfterEach
    void close() throws Exception {
        OnScreen.dispose(frame);
        OnScreen.dispose(reopened);
    }

    @Test
    void afterACrashTheAutosavedEditIsRestoredAsUnsaved() throws Exception {
        confirmFirstRow();
        OnScreen.await("the edit is autosaved", WAIT, () -> firstRowConfirmedIn(recovery));

        // A crash: the window goes without the close question, which would discard the recovery copy.
        OnScreen.dispose(frame);
        reopened = opened(Duration.ofMinutes(1));
        answerRecoveryQuestion(JOptionPane.YES_OPTION);

        OnScreen.await("the restored edit is shown", WAIT, () -> reopened.history() != null
                && reopened.history().current().row(0).status() == RowStatus.CONFIRMED);
        assertThat(OnScreen.onEdt(reopened::getTitle)).isEqualTo("Song Ngữ — seeds *");
        assertThat(ProjectFile.load(file).alignment().row(0).status()).isEqualTo(RowStatus.UNCONFIRMED);
    }

    @Test
    void declinedTheRecoveryCopyIsDiscarded() throws Exception {
        confirmFirstRow();
        OnScreen.await("the edit is autosaved", WAIT, () -> firstRowConfirmedIn(recovery));

        OnScreen.dispose(frame);
        reopened = opened(Duration.ofMinutes(1));
        answerRecoveryQuestion(JOptionPane.NO_OPTION);

        OnScreen.await("the recovery copy is discarded", WAIT, () -> !Files.exists(recovery));
        assertThat(OnScreen.onEdt(reopened::getTitle)).isEqualTo("Song Ngữ — seeds");
    }

    @Test
    void savingDiscardsTheRecoveryCopy() throws Exception {
        confirmFirstRow();
        OnScreen.await("the edit is autosaved", WAIT, () -> firstRowConfirmedIn(recovery));

        OnScreen.onEdt(() -> {
            frame.getRootPane().getActionMap().get(Command.SAVE).actionPerformed(null);
            return null;
        });

        OnScreen.await("the recovery copy is discarded", WAIT, () -> !Files.exists(recovery));
        assertThat(OnScreen.onEdt(frame::getTitle)).isEqualTo("Song Ngữ — seeds");
        assertThat(ProjectFile.load(file).alignment().row(0).status()).isEqualTo(RowStatus.CONFIRMED);
    }

    private WorkbenchFrame opened(Duration autosaveInterval) throws Exception {
        return OnScreen.onEdt(() -> {
            Theme.install(false);
            WorkbenchFrame created = new WorkbenchFrame(autosaveInterval);
            created.setVisible(true);
            // Later, since a recovery question is modal and would block this call.
            SwingUtilities.invokeLater(() -> created.open(file));
            return created;
        });
    }

    private void confirmFirstRow() throws Exception {
        OnScreen.await("the project is shown", WAIT, () -> frame.history() != null);
        OnScreen.onEdt(() -> {
            frame.history().perform(new SetStatus(Set.of(frame.history().current().row(0).id()), RowStatus.CONFIRMED));
            return null;
        });
        OnScreen.await("the title shows unsaved changes", WAIT, () -> frame.getTitle().endsWith(" *"));
    }

    private static boolean firstRowConfirmedIn(Path path) {
        try {
            return Files.exists(path)
                    && new RecoveryFile(path).load().alignment().row(0).status() == RowStatus.CONFIRMED;
        } catch (ProjectFileException e) {
            return false;
        }
    }

    private static void answerRecoveryQuestion(int answer) throws Exception {
        OnScreen.await("the window offers to restore the changes", WAIT, () -> OnScreen.question() != null);
        OnScreen.onEdt(() -> {
            OnScreen.question().setValue(answer);
            return null;
        });
        OnScreen.await("the question is answered", WAIT, () -> OnScreen.question() == null);
    }
}
