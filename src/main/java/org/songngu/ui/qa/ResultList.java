package org.songngu.ui.qa;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import org.songngu.ui.app.Texts;
import org.songngu.ui.task.TaskRunner;

/**
 * The body of a side panel: a summary line with buttons above a list of results that is worked
 * out off the event thread when asked. Its texts are given as suppliers, so that they follow the UI
 * language ({@link Texts}). Its components are named after the panel ({@code qa.table},
 * {@code qa.summary}, ...).
 *
 * @param <T> the results listed, one a row
 */
public final class ResultList<T> extends JPanel {

    private final String name;
    private final ListTableModel<T> model;
    private final JTable table;
    private final JLabel summary;
    private final JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING, 4, 0));

    /**
     * @param name the panel's name, which prefixes its components' names
     * @param emptySummary the summary while nothing is listed
     */
    public ResultList(String name, ListTableModel<T> model, Supplier<String> emptySummary) {
        super(new BorderLayout(4, 4));
        this.name = name;
        this.model = model;
        this.table = CellTips.table(model);
        this.summary = Texts.text(new JLabel(), emptySummary);
        table.setName(name + ".table");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        summary.setName(name + ".summary");
        JPanel top = new JPanel(new BorderLayout(4, 4));
        top.add(summary, BorderLayout.CENTER);
        top.add(buttons, BorderLayout.EAST);
        add(top, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
    }

    /** Adds a button, named {@code PANEL.id}, after the ones added so far. */
    public void addButton(String id, Supplier<String> text, Runnable action) {
        JButton button = Texts.text(new JButton(), text);
        button.setName(name + "." + id);
        button.addActionListener(event -> action.run());
        buttons.add(button);
    }

    public JTable table() {
        return table;
    }

    public List<T> rows() {
        return model.rows();
    }

    /** The result on the selected line, if a line is selected. */
    public Optional<T> selected() {
        int selected = table.getSelectedRow();
        return selected < 0 ? Optional.empty() : Optional.of(model.row(table.convertRowIndexToModel(selected)));
    }

    /**
     * Works the results out off the event thread behind a progress dialog, then lists them with the
     * summary {@code summaryOf} gives and the first line selected.
     */
    public void refresh(Supplier<String> taskTitle, TaskRunner.Task<List<T>> work, Function<List<T>, Supplier<String>> summaryOf) {
        // Focused before the progress dialog opens, so that the window gives the focus back here when it closes.
        table.requestFocusInWindow();
        TaskRunner.run(this, taskTitle, work, results -> {
            show(results, summaryOf.apply(results));
            if (!results.isEmpty()) {
                table.getSelectionModel().setSelectionInterval(0, 0);
            }
            // Also brings the window back to the front when the progress dialog left no window focused.
            table.requestFocus();
        });
    }

    /** Lists these results under this summary. */
    public void show(List<T> results, Supplier<String> summaryText) {
        model.show(results);
        say(summaryText);
    }

    /** Changes the summary line only, as when the list is out of date. */
    public void say(Supplier<String> text) {
        Texts.text(summary, text);
    }
}
