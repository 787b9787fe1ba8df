package org.songngu.ui.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.GraphicsEnvironment;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.RowStatus;
import org.songngu.core.edit.EditHistory;
import org.songngu.core.edit.MergeRows;
import org.songngu.core.project.SyntheticProject;
import org.songngu.ui.app.Theme;

/** Row heights on a large alignment: measured for the rows in view and the rows an edit changed, never all. */
@Tag("gui")
class AlignmentGridPanelTest {

    private static final int ROWS = 50_000;

    private JFrame frame;
    private AlignmentGridPanel grid;
    private EditHistory history;

    @BeforeEach
    void showALargeAlignment() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display: window tests run under Xvfb in CI");
        Alignment alignment = SyntheticProject.generate(ROWS, 2).alignment();
        onEdt(() -> {
            Theme.install(false);
            history = new EditHistory(alignment);
            grid = new AlignmentGridPanel(alignment);
            history.addListener(change -> grid.model().show(history.current(), change.first(), change.lastBefore(),
                    change.lastAfter()));
            frame = new JFrame("grid");
            frame.add(grid);
            frame.setSize(1000, 700);
            frame.setVisible(true);
            return null;
        });
        await(() -> grid.table().isShowing() && grid.rowsMeasured() > 0);
    }

    @AfterEach
    void close() throws Exception {
        if (frame != null) {
            onEdt(() -> {
                frame.dispose();
                return null;
            });
        }
    }

    @Test
    void onlyTheRowsInViewAreMeasuredAndTheyFitTheirText() throws Exception {
        long measured = onEdt(() -> grid.rowsMeasured());
        int visibleRows = onEdt(() -> grid.table().rowAtPoint(new java.awt.Point(0, grid.table().getVisibleRect().height - 1)) + 1);

        assertThat(measured).isBetween(1L, 2L * visibleRows + 10);
        assertThat(onEdt(() -> grid.table().getRowHeight(0))).isEqualTo(onEdt(() -> fittedHeight(0)));
        assertThat(onEdt(() -> grid.table().getRowHeight(ROWS - 1))).isEqualTo(onEdt(() -> grid.table().getRowHeight()));
    }

    @Test
    void goingToARowFarDownMeasuresTheRowsAroundItOnly() throws Exception {
        long before = onEdt(() -> grid.rowsMeasured());

        onEdt(() -> {
            grid.select(40_000);
            return null;
        });
        await(() -> grid.table().getVisibleRect().intersects(grid.table().getCellRect(40_000, AlignmentTableModel.ENGLISH, true)));

        assertThat(onEdt(() -> grid.rowsMeasured()) - before).isBetween(1L, 100L);
        assertThat(onEdt(() -> grid.table().getRowHeight(40_000))).isEqualTo(onEdt(() -> fittedHeight(40_000)));
    }

    @Test
    void aMergeInViewMeasuresOnlyTheMergedRow() throws Exception {
        int row = onEdt(() -> {
            int r = 3;
            while (history.current().row(r).status() == RowStatus.CONFIRMED
                    || history.current().row(r + 1).status() == RowStatus.CONFIRMED) {
                r++;
            }
            return r;
        });
        long before = onEdt(() -> grid.rowsMeasured());

        onEdt(() -> {
            history.perform(new MergeRows(history.current().row(row).id()));
            return null;
        });
        await(() -> grid.table().getRowHeight(row) == fittedHeight(row));

        // The merged row, and perhaps one row that moved up into view at the bottom.
        assertThat(onEdt(() -> grid.rowsMeasured()) - before).isBetween(1L, 2L);
        assertThat(onEdt(() -> grid.table().getRowCount())).isEqualTo(ROWS - 1);
    }

    /** The height the row's longer side needs, measured the way the grid does. */
    private int fittedHeight(int row) {
        SentenceCellRenderer renderer = new SentenceCellRenderer(new TermHighlights());
        renderer.setFont(grid.table().getFont());
        var columns = grid.table().getColumnModel();
        return Math.max(
                renderer.heightFor(String.valueOf(grid.table().getValueAt(row, AlignmentTableModel.ENGLISH)),
                        columns.getColumn(AlignmentTableModel.ENGLISH).getWidth()),
                renderer.heightFor(String.valueOf(grid.table().getValueAt(row, AlignmentTableModel.VIETNAMESE)),
                        columns.getColumn(AlignmentTableModel.VIETNAMESE).getWidth()));
    }

    private static <T> T onEdt(Callable<T> query) throws Exception {
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

    private static void await(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!Boolean.TRUE.equals(onEdt(condition))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(20);
        }
    }
}
