package org.songngu.ui.grid;

import java.awt.Color;
import java.awt.Component;
import javax.swing.JTable;
import javax.swing.SwingConstants;
import javax.swing.table.DefaultTableCellRenderer;
import org.songngu.ui.app.Messages;

/** Row number, shape, confidence and status: one line, coloured like the rest of the row. */
final class PlainCellRenderer extends DefaultTableCellRenderer {

    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focused,
            int row, int column) {
        Object shown = value instanceof Double confidence ? Messages.decimal(confidence) : value;
        super.getTableCellRendererComponent(table, shown, selected, focused, row, column);
        setVerticalAlignment(SwingConstants.TOP);
        setHorizontalAlignment(value instanceof Number ? SwingConstants.RIGHT : SwingConstants.LEFT);
        if (!selected) {
            AlignmentTableModel model = (AlignmentTableModel) table.getModel();
            Color own = RowColours.background(model.row(table.convertRowIndexToModel(row)));
            setBackground(own != null ? own : table.getBackground());
        }
        return this;
    }
}
