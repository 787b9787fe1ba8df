package org.songngu.ui.grid;

import java.util.stream.Collectors;
import javax.swing.table.AbstractTableModel;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.RowStatus;
import org.songngu.core.document.Sentence;
import org.songngu.ui.app.Messages;

/** A read-only view of the current {@link Alignment} for the grid; it holds no edit logic. */
public final class AlignmentTableModel extends AbstractTableModel {

    public static final int ROW = 0;
    public static final int ENGLISH = 1;
    public static final int VIETNAMESE = 2;
    public static final int TYPE = 3;
    public static final int CONFIDENCE = 4;
    public static final int STATUS = 5;

    private Alignment alignment;

    public AlignmentTableModel(Alignment alignment) {
        this.alignment = alignment;
    }

    public Alignment alignment() {
        return alignment;
    }

    /**
     * Shows another alignment in which rows {@code first} to {@code lastBefore} became rows {@code
     * first} to {@code lastAfter}, telling the table just that, so it repaints only those rows and
     * keeps the heights of the others.
     */
    public void show(Alignment newAlignment, int first, int lastBefore, int lastAfter) {
        alignment = newAlignment;
        int lastKept = Math.min(lastBefore, lastAfter);
        // Rows come and go first, so that the table counts as many rows as the model when told of updates.
        if (lastAfter > lastKept) {
            fireTableRowsInserted(lastKept + 1, lastAfter);
        } else if (lastBefore > lastKept) {
            fireTableRowsDeleted(lastKept + 1, lastBefore);
        }
        if (lastKept >= first) {
            fireTableRowsUpdated(first, lastKept);
        }
    }

    public AlignmentRow row(int index) {
        return alignment.row(index);
    }

    @Override
    public int getRowCount() {
        return alignment.size();
    }

    @Override
    public int getColumnCount() {
        return STATUS + 1;
    }

    @Override
    public String getColumnName(int column) {
        return switch (column) {
            case ROW -> Messages.get("grid.column.row");
            case ENGLISH -> Messages.get("grid.column.english");
            case VIETNAMESE -> Messages.get("grid.column.vietnamese");
            case TYPE -> Messages.get("grid.column.type");
            case CONFIDENCE -> Messages.get("grid.column.confidence");
            case STATUS -> Messages.get("grid.column.status");
            default -> throw new IllegalArgumentException("no column " + column);
        };
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == ROW ? Integer.class : column == CONFIDENCE ? Double.class : String.class;
    }

    @Override
    public Object getValueAt(int rowIndex, int column) {
        AlignmentRow row = alignment.row(rowIndex);
        return switch (column) {
            case ROW -> rowIndex + 1;
            case ENGLISH -> join(row.english());
            case VIETNAMESE -> join(row.vietnamese());
            case TYPE -> row.beadType();
            case CONFIDENCE -> row.confidence().value();
            case STATUS -> Messages.get(row.status() == RowStatus.CONFIRMED ? "status.confirmed" : "status.unconfirmed");
            default -> throw new IllegalArgumentException("no column " + column);
        };
    }

    private static String join(java.util.List<Sentence> sentences) {
        return sentences.stream().map(Sentence::text).collect(Collectors.joining(" "));
    }
}
