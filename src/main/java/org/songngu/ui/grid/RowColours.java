package org.songngu.ui.grid;

import java.awt.Color;
import javax.swing.UIManager;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.RowStatus;

/** The background a row gets from the theme's AlignmentGrid keys, by status, shape and confidence. */
final class RowColours {

    /** Rows below this confidence are marked for review. */
    static final double LOW_CONFIDENCE = 0.5;

    private RowColours() {
    }

    /** The row's own colour, or null where the table's normal background applies. */
    static Color background(AlignmentRow row) {
        if (row.status() == RowStatus.CONFIRMED) {
            return UIManager.getColor("AlignmentGrid.confirmedBackground");
        }
        if (row.english().isEmpty() || row.vietnamese().isEmpty()) {
            return UIManager.getColor("AlignmentGrid.unalignedBackground");
        }
        if (row.confidence().value() < LOW_CONFIDENCE) {
            return UIManager.getColor("AlignmentGrid.lowConfidenceBackground");
        }
        return null;
    }
}
