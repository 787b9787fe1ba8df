package org.songngu.ui.qa;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.swing.table.AbstractTableModel;

/**
 * A read-only table over a list of values, one value a row, its columns declared once: what the
 * side panels and dialogs show (findings, renderings, candidates, corrections).
 *
 * @param <T> the values the rows show
 */
public final class ListTableModel<T> extends AbstractTableModel {

    /**
     * One column: its title, read again when the UI language changes; the class of its cells (for
     * sorting and alignment); and how a value fills it.
     */
    public record Column<T>(Supplier<String> title, Class<?> type, Function<T, Object> cell) {
    }

    private final List<Column<T>> columns;
    private List<T> rows = List.of();

    @SafeVarargs
    public ListTableModel(Column<T>... columns) {
        this.columns = List.of(columns);
    }

    /** Shows these values instead of the ones shown so far. */
    public void show(List<T> values) {
        rows = List.copyOf(values);
        fireTableDataChanged();
    }

    public List<T> rows() {
        return rows;
    }

    public T row(int index) {
        return rows.get(index);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return columns.size();
    }

    @Override
    public String getColumnName(int column) {
        return columns.get(column).title().get();
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return columns.get(column).type();
    }

    @Override
    public Object getValueAt(int row, int column) {
        return columns.get(column).cell().apply(rows.get(row));
    }
}
