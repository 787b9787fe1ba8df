package org.songngu.ui.grid;

import java.awt.BorderLayout;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.UIManager;
import javax.swing.event.ChangeEvent;
import javax.swing.event.ListSelectionEvent;
import javax.swing.event.TableColumnModelEvent;
import javax.swing.event.TableColumnModelListener;
import javax.swing.event.TableModelEvent;
import javax.swing.table.TableColumnModel;
import org.songngu.core.align.Alignment;
import org.songngu.core.glossary.Glossary;

/** The side-by-side grid: one table row per alignment row, sentences wrapped to fit. */
public final class AlignmentGridPanel extends JPanel {

    private final AlignmentTableModel model;
    private final JTable table;
    private final TermHighlights terms = new TermHighlights();
    private final SentenceCellRenderer sentences = new SentenceCellRenderer(terms);
    private final RowHeights heights;

    public AlignmentGridPanel(Alignment alignment) {
        super(new BorderLayout());
        model = new AlignmentTableModel(alignment);
        table = new JTable(model) {
            @Override
            public void tableChanged(TableModelEvent event) {
                super.tableChanged(event);
                // After the table has taken in the change: only the changed rows are measured again.
                if (heights != null) {
                    heights.changed(event);
                    heights.fitVisibleRows();
                }
            }
        };
        heights = new RowHeights(table, sentences);
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
                heights.fitVisibleRows();
            }
        });
        columns.addColumnModelListener(new TableColumnModelListener() {
            @Override
            public void columnMarginChanged(ChangeEvent event) {
                heights.fitVisibleRows(); // a column dragged wider or narrower
            }

            @Override
            public void columnAdded(TableColumnModelEvent event) {
            }

            @Override
            public void columnRemoved(TableColumnModelEvent event) {
            }

            @Override
            public void columnMoved(TableColumnModelEvent event) {
            }

            @Override
            public void columnSelectionChanged(ListSelectionEvent event) {
            }
        });
        JScrollPane scroll = new JScrollPane(table);
        // Scrolling brings rows into view, which are measured as they come.
        scroll.getViewport().addChangeListener(event -> heights.fitVisibleRows());
        add(scroll, BorderLayout.CENTER);
    }

    public JTable table() {
        return table;
    }

    /** Selects one row and scrolls it into view, giving the grid the focus back. */
    public void select(int row) {
        table.getSelectionModel().setSelectionInterval(row, row);
        table.scrollRectToVisible(table.getCellRect(row, AlignmentTableModel.ENGLISH, true));
        // Rows measured on the way in may have pushed it out of view again.
        heights.fitVisibleRows();
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

    /** Marks the terms of {@code glossary} in both sentence columns from now on. */
    public void useGlossary(Glossary glossary) {
        terms.use(glossary);
        table.repaint();
    }

    public AlignmentTableModel model() {
        return model;
    }

    /** How many row heights the grid has measured since it was made: few per edit or scroll, never all rows. */
    public long rowsMeasured() {
        return heights.measurements();
    }

    private static void setNarrow(TableColumnModel columns, int column, int width) {
        columns.getColumn(column).setPreferredWidth(width);
        columns.getColumn(column).setMaxWidth(width * 2);
    }
}
