package org.songngu.ui.grid;

import java.awt.Font;
import java.awt.Point;
import java.awt.Rectangle;
import java.util.BitSet;
import javax.swing.JTable;
import javax.swing.event.TableModelEvent;
import javax.swing.table.TableColumnModel;

/**
 * Fits rows to their wrapped text lazily: only rows the user can see are measured, each once until
 * it changes or the columns get another width. Measuring every row on open took seconds at 100,000
 * rows; rows not yet seen keep the one-line height until they scroll into view.
 */
final class RowHeights {

    private final JTable table;
    private final SentenceCellRenderer sentences;
    /** Rows whose height fits their text at {@link #englishWidth} and {@link #vietnameseWidth}. */
    private BitSet measured = new BitSet();
    private int englishWidth = -1;
    private int vietnameseWidth = -1;
    private long measurements;
    private Font font;

    RowHeights(JTable table, SentenceCellRenderer sentences) {
        this.table = table;
        this.sentences = sentences;
    }

    /** How many rows have been measured since the grid was made, for benchmarks and tests. */
    long measurements() {
        return measurements;
    }

    /**
     * Forgets the heights of rows the event changed and moves the others along with inserted or
     * deleted rows, so that an edit re-measures only the rows it touched.
     */
    void changed(TableModelEvent event) {
        int first = event.getFirstRow();
        int last = event.getLastRow();
        if (first == TableModelEvent.HEADER_ROW || last == Integer.MAX_VALUE) {
            measured = new BitSet();
            return;
        }
        int count = last - first + 1;
        switch (event.getType()) {
            case TableModelEvent.INSERT -> measured = shifted(measured, first, count);
            case TableModelEvent.DELETE -> measured = shifted(measured, last + 1, -count);
            default -> measured.clear(first, last + 1);
        }
    }

    /** The rows from {@code from} on move by {@code by} (negative: up, dropping the rows they land on). */
    private static BitSet shifted(BitSet bits, int from, int by) {
        BitSet moved = bits.get(0, Math.min(from, from + by));
        BitSet rest = bits.get(from, Math.max(bits.length(), from));
        rest.stream().forEach(bit -> moved.set(bit + from + by));
        return moved;
    }

    /**
     * Measures the rows in view that are not measured yet. Measuring makes rows taller, which can
     * bring other rows into view, so it goes on until the rows in view are all measured.
     */
    void fitVisibleRows() {
        if (!table.isShowing() || table.getRowCount() == 0) {
            return; // not laid out yet (nor given a font while it is built): showing it fits the rows
        }
        TableColumnModel columns = table.getColumnModel();
        int english = columns.getColumn(AlignmentTableModel.ENGLISH).getWidth();
        int vietnamese = columns.getColumn(AlignmentTableModel.VIETNAMESE).getWidth();
        if (english != englishWidth || vietnamese != vietnameseWidth) {
            measured = new BitSet();
            englishWidth = english;
            vietnameseWidth = vietnamese;
        }
        if (!table.getFont().equals(font)) {
            // Rows not measured yet get one line of this font; setting that height forgets all others.
            font = table.getFont();
            sentences.setFont(font);
            table.setRowHeight(sentences.heightFor("X", english));
            measured = new BitSet();
        }
        Rectangle visible = table.getVisibleRect();
        for (int pass = 0; pass < 4; pass++) {
            int top = table.rowAtPoint(visible.getLocation());
            int bottom = table.rowAtPoint(new Point(visible.x, visible.y + visible.height - 1));
            if (top < 0) {
                return;
            }
            bottom = bottom < 0 ? table.getRowCount() - 1 : bottom;
            if (!fit(top, bottom)) {
                return;
            }
        }
    }

    /** Measures the rows in the range not measured yet; true if any was. */
    private boolean fit(int first, int last) {
        boolean any = false;
        for (int row = measured.nextClearBit(first); row <= last; row = measured.nextClearBit(row + 1)) {
            int height = Math.max(
                    sentences.heightFor(String.valueOf(table.getValueAt(row, AlignmentTableModel.ENGLISH)), englishWidth),
                    sentences.heightFor(String.valueOf(table.getValueAt(row, AlignmentTableModel.VIETNAMESE)),
                            vietnameseWidth));
            if (table.getRowHeight(row) != height) {
                table.setRowHeight(row, height);
            }
            measured.set(row);
            measurements++;
            any = true;
        }
        return any;
    }
}
