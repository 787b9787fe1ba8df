package org.songngu.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
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
import org.songngu.core.align.SentenceSide;
import org.songngu.core.document.Document;
import org.songngu.core.document.DocumentReader;
import org.songngu.core.project.Project;
import org.songngu.core.project.RecoveryFile;
import org.songngu.core.task.Cancellation;
import org.songngu.core.task.ProgressListener;
import org.songngu.core.text.Language;

/** A new alignment that was never saved survives a crash: the next start offers it back. */
@Tag("gui")
class UnsavedRecoveryTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path folder;
    private Path recovery;
    private Project unsaved;
    private WorkbenchFrame frame;
    private final AtomicReference<Boolean> restored = new AtomicReference<>();

    @BeforeEach
    void leaveARecoveryCopyOfANewAlignment() throws Exception {
        OnScreen.requireDisplay();
        Document en = DocumentReader.read(Workbench.SEED_ENGLISH, Language.EN);
        Document vi = DocumentReader.read(Workbench.SEED_VIETNAMESE, Language.VI);
        Alignment alignment = Alignment.of(en, vi, new Aligner(Lexicon.builtIn()).align(SentenceSide.of(en),
                SentenceSide.of(vi), List.of(), ProgressListener.NONE, Cancellation.NEVER));
        unsaved = new Project("máu ↔ blood", alignment, Instant.EPOCH, Instant.EPOCH, "en.txt", "vi.txt");
        RecoveryFile copy = RecoveryFile.forUnsaved(folder, unsaved.name());
        copy.writeRecovery(unsaved);
        recovery = copy.path();
        frame = OnScreen.onEdt(() -> {
            Theme.install(false);
            WorkbenchFrame created = new WorkbenchFrame();
            created.setVisible(true);
            // Later, since the question is modal and would block this call.
            SwingUtilities.invokeLater(() -> restored.set(created.offerUnsavedRecovery(folder)));
            return created;
        });
    }

    @AfterEach
    void close() throws Exception {
        OnScreen.closeWithoutAsking(frame);
    }

    @Test
    void restoredAlignmentIsShownUnsaved() throws Exception {
        answer(JOptionPane.YES_OPTION);

        OnScreen.await("the alignment is restored", WAIT, () -> Boolean.TRUE.equals(restored.get()));
        assertThat(OnScreen.onEdt(() -> frame.history().current())).isEqualTo(unsaved.alignment());
        assertThat(OnScreen.onEdt(frame::getTitle)).isEqualTo("Song Ngữ — máu ↔ blood *");
        assertThat(recovery).exists();
    }

    @Test
    void declinedCopyIsDiscarded() throws Exception {
        answer(JOptionPane.NO_OPTION);

        OnScreen.await("the copy is discarded", WAIT, () -> !Files.exists(recovery));
        assertThat(restored.get()).isFalse();
        assertThat(OnScreen.onEdt(frame::history)).isNull();
    }

    private static void answer(int answer) throws Exception {
        OnScreen.await("the window offers the unsaved alignment", WAIT, () -> OnScreen.question() != null);
        assertThat(OnScreen.onEdt(() -> String.valueOf(OnScreen.question().getMessage())))
                .isEqualTo("Song Ngữ closed before the new alignment “máu ↔ blood” was saved. Restore it?");
        OnScreen.onEdt(() -> {
            OnScreen.question().setValue(answer);
            return null;
        });
        OnScreen.await("the question is answered", WAIT, () -> OnScreen.question() == null);
    }
}
