package org.songngu.ui.qa;

import java.awt.event.MouseEvent;
import javax.swing.JTable;
import javax.swing.table.TableModel;

/** Tables whose cells show their whole text as a tooltip, for columns too narrow to hold it. */
public final class CellTips {

    private CellTips() {
    }

    /** A table over {@code model} whose text cells show their whole text when hovered. */
    public static JTable table(TableModel model) {
        return new JTable(model) {
            @Override
            public String getToolTipText(MouseEvent event) {
                int row = rowAtPoint(event.getPoint());
                int column = columnAtPoint(event.getPoint());
                if (row < 0 || column < 0) {
                    return null;
                }
                Object value = getValueAt(row, column);
                return value instanceof String text && !text.isBlank() ? text : null;
            }
        };
    }
}
