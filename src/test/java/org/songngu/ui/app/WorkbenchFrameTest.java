package org.songngu.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Robot;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.Transferable;
import java.awt.event.KeyEvent;
import java.time.Duration;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.TransferHandler;
import javax.swing.UIManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.songngu.ui.grid.AlignmentGridPanel;
import org.songngu.ui.grid.AlignmentTableModel;

/** The workbench in a real window (under Xvfb in CI): it aligns the seeds and shows them. */
@Tag("gui")
class WorkbenchFrameTest {

    private WorkbenchFrame frame;

    @BeforeEach
    void openOnTheSeeds() throws Exception {
        OnScreen.requireDisplay();
        frame = OnScreen.onEdt(() -> {
            Theme.install(false);
            WorkbenchFrame opened = new WorkbenchFrame();
            opened.setVisible(true);
            opened.align(Workbench.SEED_ENGLISH, Workbench.SEED_VIETNAMESE);
            return opened;
        });
        OnScreen.await("the seeds are aligned", Duration.ofSeconds(60),
                () -> frame.grid() != null && frame.grid().table().getRowCount() > 0);
    }

    @AfterEach
    void close() throws Exception {
        OnScreen.dispose(frame);
    }

    @Test
    void showsTheSeedsSideBySideWithTheirTitleAndSummary() throws Exception {
        JTable table = OnScreen.onEdt(() -> frame.grid().table());

        assertThat(table.getName()).isEqualTo("grid.alignment");
        assertThat(OnScreen.onEdt(() -> table.getValueAt(0, AlignmentTableModel.ENGLISH))).isEqualTo("Blood retransfusion");
        assertThat(OnScreen.onEdt(() -> table.getValueAt(0, AlignmentTableModel.VIETNAMESE))).isEqualTo("Truyền máu ngược");
        assertThat(OnScreen.onEdt(frame::getTitle))
                .isEqualTo("Song Ngữ — blood-retransfusion.en.txt ↔ truyen-mau-nguoc.vi.txt");
        int rows = OnScreen.onEdt(table::getRowCount);
        String summary = OnScreen.onEdt(() -> ((JLabel) OnScreen.find(frame, "status.summary")).getText());
        assertThat(summary).startsWith(rows + " rows · 0 % confirmed · ");
    }

    @Test
    void wrappedRowsAreTallerThanOneLine() throws Exception {
        JTable table = OnScreen.onEdt(() -> frame.grid().table());

        assertThat(OnScreen.onEdt(() -> table.getRowHeight(1))).isGreaterThan(OnScreen.onEdt(() -> table.getRowHeight(0)));
    }

    @Test
    void darkThemeRecoloursTheGrid() throws Exception {
        Color light = OnScreen.onEdt(() -> frame.grid().table().getBackground());

        OnScreen.onEdt(() -> {
            ((javax.swing.JCheckBoxMenuItem) OnScreen.find(frame.getJMenuBar(), "menu.view.dark")).doClick();
            return null;
        });

        OnScreen.await("the grid turns dark", Duration.ofSeconds(10),
                () -> !frame.grid().table().getBackground().equals(light));
        assertThat(OnScreen.onEdt(() -> UIManager.getColor("AlignmentGrid.confirmedBackground"))).isEqualTo(new Color(0x243d2c));
        OnScreen.onEdt(() -> {
            Theme.switchTo(false);
            return null;
        });
    }

    @Test
    void controlQClosesTheWindow() throws Exception {
        Robot robot = new Robot();
        java.awt.Point firstRow = OnScreen.onEdt(() -> {
            java.awt.Rectangle cell = frame.grid().table().getCellRect(0, AlignmentTableModel.ENGLISH, true);
            java.awt.Point onScreen = frame.grid().table().getLocationOnScreen();
            return new java.awt.Point(onScreen.x + cell.x + cell.width / 2, onScreen.y + cell.y + cell.height / 2);
        });
        robot.mouseMove(firstRow.x, firstRow.y);
        robot.mousePress(java.awt.event.InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(java.awt.event.InputEvent.BUTTON1_DOWN_MASK);
        OnScreen.await("the grid has the focus", Duration.ofSeconds(10), () -> frame.grid().table().isFocusOwner());

        robot.keyPress(KeyEvent.VK_CONTROL);
        robot.keyPress(KeyEvent.VK_Q);
        robot.keyRelease(KeyEvent.VK_Q);
        robot.keyRelease(KeyEvent.VK_CONTROL);

        OnScreen.await("the window is closed", Duration.ofSeconds(10), () -> !frame.isDisplayable());
    }

    @Test
    void twoDocumentsDroppedOnTheGridAreAlignedWithTheVietnameseOneOnItsSide() throws Exception {
        AlignmentGridPanel before = OnScreen.onEdt(frame::grid);
        Transferable files = new Transferable() {
            @Override
            public DataFlavor[] getTransferDataFlavors() {
                return new DataFlavor[] {DataFlavor.javaFileListFlavor};
            }

            @Override
            public boolean isDataFlavorSupported(DataFlavor flavor) {
                return DataFlavor.javaFileListFlavor.equals(flavor);
            }

            @Override
            public Object getTransferData(DataFlavor flavor) {
                // Vietnamese first: the side comes from the text, not the order.
                return List.of(Workbench.SEED_VIETNAMESE.toFile(), Workbench.SEED_ENGLISH.toFile());
            }
        };

        boolean accepted = OnScreen.onEdt(() -> {
            JTable table = frame.grid().table();
            return table.getTransferHandler().importData(new TransferHandler.TransferSupport(table, files));
        });

        assertThat(accepted).isTrue();
        OnScreen.await("the dropped documents are aligned", Duration.ofSeconds(60),
                () -> frame.grid() != before && frame.grid().table().getRowCount() > 0);
        assertThat(OnScreen.onEdt(() -> frame.grid().table().getValueAt(0, AlignmentTableModel.VIETNAMESE)))
                .isEqualTo("Truyền máu ngược");
        assertThat(OnScreen.onEdt(frame::getTitle))
                .isEqualTo("Song Ngữ — blood-retransfusion.en.txt ↔ truyen-mau-nguoc.vi.txt");
    }
}
