package org.songngu.ui.grid;

import java.awt.BorderLayout;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.UIManager;
import javax.swing.event.TableModelEvent;
import javax.swing.table.TableColumnModel;
import org.songngu.core.align.Alignment;

/** The side-by-side grid: one table row per alignment row, sentences wrapped to fit. */
public final class AlignmentGridPanel extends JPanel {

    private final AlignmentTableModel model;
    private final JTable table;
    private final SentenceCellRenderer sentences = new SentenceCellRenderer();

    public AlignmentGridPanel(Alignment alignment) {
        super(new BorderLayout());
        model = new AlignmentTableModel(alignment);
        table = new JTable(model) {
            @Override
            public void tableChanged(TableModelEvent event) {
                super.tableChanged(event);
                // After the table has taken in the change: a full change resets every row height.
                fitRowHeights(this);
            }
        };
        table.setName("grid.alignment");
        table.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        table.setShowHorizontalLines(true);
        table.setGridColor(UIManager.getColor("AlignmentGrid.gridColor"));
        table.getTableHeader().setReorderingAllowed(false);
        table.setDefaultRenderer(Object.class, new PlainCellRenderer());
        table.setDefaultRenderer(Integer.class, new PlainCellRenderer());
        table.setDefaultRenderer(Double.class, new PlainCellRenderer());
        TableColumnModel columns = table.getColumnModel();
        columns.getColumn(AlignmentTableModel.ENGLISH).setCellRenderer(sentences);
        columns.getColumn(AlignmentTableModel.VIETNAMESE).setCellRenderer(sentences);
        setNarrow(columns, AlignmentTableModel.ROW, 48);
        setNarrow(columns, AlignmentTableModel.TYPE, 56);
        setNarrow(columns, AlignmentTableModel.CONFIDENCE, 96);
        setNarrow(columns, AlignmentTableModel.STATUS, 120);
        table.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent event) {
                fitRowHeights(table);
            }
        });
        add(new JScrollPane(table), BorderLayout.CENTER);
    }

    public JTable table() {
        return table;
    }

    /** Selects one row and scrolls it into view, giving the grid the focus back. */
    public void select(int row) {
        table.getSelectionModel().setSelectionInterval(row, row);
        table.scrollRectToVisible(table.getCellRect(row, AlignmentTableModel.ENGLISH, true));
    }

    /** The selected rows, top to bottom. */
    public int[] selectedRows() {
        return table.getSelectedRows();
    }

    /** The row the keyboard is on: the lead of the selection, or -1 when nothing is selected. */
    public int currentRow() {
        int lead = table.getSelectionModel().getLeadSelectionIndex();
        return lead >= 0 && table.isRowSelected(lead) ? lead : table.getSelectedRow();
    }

    public AlignmentTableModel model() {
        return model;
    }

    /** Makes each row as tall as its longer side needs at the current column widths. */
    private void fitRowHeights(JTable table) {
        TableColumnModel columns = table.getColumnModel();
        int englishWidth = columns.getColumn(AlignmentTableModel.ENGLISH).getWidth();
        int vietnameseWidth = columns.getColumn(AlignmentTableModel.VIETNAMESE).getWidth();
        if (!table.isShowing()) {
            return; // not laid out yet (nor given a font while it is built): the first resize fits the rows
        }
        sentences.setFont(table.getFont());
        for (int row = 0; row < table.getRowCount(); row++) {
            int height = Math.max(
                    sentences.heightFor(String.valueOf(table.getValueAt(row, AlignmentTableModel.ENGLISH)), englishWidth),
                    sentences.heightFor(String.valueOf(table.getValueAt(row, AlignmentTableModel.VIETNAMESE)), vietnameseWidth));
            if (table.getRowHeight(row) != height) {
                table.setRowHeight(row, height);
            }
        }
    }

    private static void setNarrow(TableColumnModel columns, int column, int width) {
        columns.getColumn(column).setPreferredWidth(width);
        columns.getColumn(column).setMaxWidth(width * 2);
    }
}
