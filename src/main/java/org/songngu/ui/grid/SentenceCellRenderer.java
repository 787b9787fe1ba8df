package org.songngu.ui.grid;

import java.awt.Component;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import javax.swing.border.EmptyBorder;
import javax.swing.table.TableCellRenderer;

/** Shows a side's sentences wrapped over as many lines as they need. */
final class SentenceCellRenderer extends JTextArea implements TableCellRenderer {

    SentenceCellRenderer() {
        setLineWrap(true);
        setWrapStyleWord(true);
        setOpaque(true);
        setBorder(new EmptyBorder(4, 6, 4, 6));
    }

    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focused,
            int row, int column) {
        setText(value == null ? "" : value.toString());
        setFont(table.getFont());
        AlignmentTableModel model = (AlignmentTableModel) table.getModel();
        java.awt.Color own = RowColours.background(model.row(table.convertRowIndexToModel(row)));
        setBackground(selected ? table.getSelectionBackground() : own != null ? own : table.getBackground());
        setForeground(selected ? table.getSelectionForeground() : UIManager.getColor("Table.foreground"));
        return this;
    }

    /** The height this text needs at the given width. */
    int heightFor(String text, int width) {
        setText(text);
        setSize(Math.max(width, 1), Short.MAX_VALUE);
        return getPreferredSize().height;
    }
}
