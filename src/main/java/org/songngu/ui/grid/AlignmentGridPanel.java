package org.songngu.ui.grid;

import java.awt.BorderLayout;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.UIManager;
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
        table = new JTable(model);
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
        model.addTableModelListener(event -> fitRowHeights());
        table.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent event) {
                fitRowHeights();
            }
        });
        add(new JScrollPane(table), BorderLayout.CENTER);
    }

    public JTable table() {
        return table;
    }

    public AlignmentTableModel model() {
        return model;
    }

    /** Makes each row as tall as its longer side needs at the current column widths. */
    private void fitRowHeights() {
        TableColumnModel columns = table.getColumnModel();
        int englishWidth = columns.getColumn(AlignmentTableModel.ENGLISH).getWidth();
        int vietnameseWidth = columns.getColumn(AlignmentTableModel.VIETNAMESE).getWidth();
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
