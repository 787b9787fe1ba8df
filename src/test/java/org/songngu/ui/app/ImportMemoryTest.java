package org.songngu.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.RowStatus;
import org.songngu.core.document.Sentence;
import org.songngu.ui.action.Command;

/** File ▸ Import: a translation memory becomes an unsaved project of its units, read off the event thread. */
@Tag("gui")
class ImportMemoryTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path folder;
    private WorkbenchFrame frame;

    @BeforeEach
    void openEmptyWindow() throws Exception {
        OnScreen.requireDisplay();
        frame = OnScreen.onEdt(() -> {
            Theme.install(false);
            WorkbenchFrame opened = new WorkbenchFrame();
            opened.setVisible(true);
            return opened;
        });
    }

    @AfterEach
    void close() throws Exception {
        OnScreen.onEdt(() -> {
            JOptionPane open = OnScreen.question();
            if (open != null) {
                open.setValue(JOptionPane.CLOSED_OPTION);
            }
            if (frame.history() != null) {
                frame.history().markSaved();
            }
            return null;
        });
        OnScreen.dispose(frame);
    }

    @Test
    void csvBecomesAnUnsavedProjectOfItsUnits() throws Exception {
        Path memory = folder.resolve("clinic.csv");
        Files.writeString(memory, """
                English,Vietnamese,status,confidence,row
                The patient slept.,Bệnh nhân đã ngủ.,confirmed,0.95,1
                "Blood, then water.","Máu, rồi nước.",unconfirmed,0.6,2
                """, StandardCharsets.UTF_8);

        OnScreen.onEdt(() -> {
            frame.importMemory(memory);
            return null;
        });
        OnScreen.await("the units are in the grid", WAIT,
                () -> frame.grid() != null && frame.grid().table().getRowCount() == 2);

        AlignmentRow first = OnScreen.onEdt(() -> frame.history().current().row(0));
        AlignmentRow second = OnScreen.onEdt(() -> frame.history().current().row(1));
        assertThat(first.english()).extracting(Sentence::text).containsExactly("The patient slept.");
        assertThat(first.vietnamese()).extracting(Sentence::text).containsExactly("Bệnh nhân đã ngủ.");
        assertThat(first.status()).isEqualTo(RowStatus.CONFIRMED);
        assertThat(second.vietnamese()).extracting(Sentence::text).containsExactly("Máu, rồi nước.");
        assertThat(OnScreen.onEdt(frame::getTitle)).endsWith("clinic *");
    }

    @Test
    void fileMenuOffersTheImportWithItsKey() throws Exception {
        JMenuItem item = OnScreen.onEdt(() -> (JMenuItem) OnScreen.find(frame.getJMenuBar(), "menu." + Command.IMPORT.messageKey()));

        assertThat(item).isNotNull();
        assertThat(OnScreen.onEdt(item::isEnabled)).isTrue();
        assertThat(OnScreen.onEdt(item::getAccelerator)).isEqualTo(Command.IMPORT.keyStrokes().get(0));
    }

    @Test
    void unknownKindOfFileIsReportedByName() throws Exception {
        Path notes = Files.writeString(folder.resolve("notes.txt"), "hello", StandardCharsets.UTF_8);

        OnScreen.onEdt(() -> {
            // The message dialog is modal: it is shown after this call returns, as a click would show it.
            javax.swing.SwingUtilities.invokeLater(() -> frame.importMemory(notes));
            return null;
        });
        OnScreen.await("the error is shown", WAIT, () -> OnScreen.question() != null);

        assertThat(OnScreen.onEdt(() -> String.valueOf(OnScreen.question().getMessage())))
                .isEqualTo(notes + ": unknown kind of file; import reads .tmx, .csv and .tsv");
    }
}
