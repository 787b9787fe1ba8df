package org.songngu.ui.qa;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.table.AbstractTableModel;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.RowId;
import org.songngu.core.edit.AlignmentEdit;
import org.songngu.core.glossary.Glossary;
import org.songngu.core.glossary.TermEntry;
import org.songngu.core.glossary.TermStatus;
import org.songngu.core.qa.ConsistencyReport;
import org.songngu.core.qa.TermUsage;
import org.songngu.ui.app.Messages;
import org.songngu.ui.task.TaskRunner;

/**
 * The consistency report: for each English term of the glossary found in the alignment, every
 * rendering found with its count. "Correct…" replaces a term's variants by one approved rendering,
 * previewed first and applied as one undoable edit.
 */
public final class ConsistencyPanel extends JPanel {

    /** The open project as the panel needs it. */
    public interface Workbench extends QaPanel.Source {

        /** The rows selected in the grid. */
        Set<RowId> selectedRows();

        /** Performs the edit as one undoable step; the rejection message, if it was rejected. */
        Optional<String> perform(AlignmentEdit edit);
    }

    private static final int ENGLISH = 0;
    private static final int ROWS = 1;
    private static final int RENDERINGS = 2;
    private static final int WITHOUT = 3;

    private final UsageModel model = new UsageModel();
    private final JTable table = CellTips.table(model);
    private final JLabel summary = new JLabel(Messages.get("qa.notRun"));
    private final Supplier<Workbench> workbench;
    private final Consumer<String> report;

    /**
     * @param workbench the open project, or null while none is open
     * @param report shows a one-line message
     */
    public ConsistencyPanel(Supplier<Workbench> workbench, Consumer<String> report) {
        super(new BorderLayout(4, 4));
        this.workbench = workbench;
        this.report = report;
        setName("terms.panel");
        table.setName("terms.table");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.getColumnModel().getColumn(ENGLISH).setPreferredWidth(130);
        table.getColumnModel().getColumn(ROWS).setMaxWidth(50);
        table.getColumnModel().getColumn(WITHOUT).setMaxWidth(60);
        table.getColumnModel().getColumn(RENDERINGS).setPreferredWidth(260);
        summary.setName("terms.summary");
        JButton refresh = new JButton(Messages.get("qa.refresh"));
        refresh.setName("terms.refresh");
        refresh.addActionListener(event -> refresh());
        JButton correct = new JButton(Messages.get("terms.correct"));
        correct.setName("terms.correct");
        correct.addActionListener(event -> correct());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING, 4, 0));
        buttons.add(correct);
        buttons.add(refresh);
        JPanel top = new JPanel(new BorderLayout(4, 4));
        top.add(summary, BorderLayout.CENTER);
        top.add(buttons, BorderLayout.EAST);
        add(top, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
    }

    public JTable table() {
        return table;
    }

    /** Counts the renderings again, off the event thread. */
    public void refresh() {
        Workbench open = workbench.get();
        if (open == null) {
            return;
        }
        Alignment alignment = open.alignment();
        Glossary glossary = open.glossary();
        table.requestFocusInWindow();
        TaskRunner.run(this, Messages.get("task.counting"),
                (progress, cancellation) -> ConsistencyReport.of(glossary, alignment), usages -> {
                    model.usages = usages;
                    model.fireTableDataChanged();
                    summary.setText(Messages.get("terms.summary", usages.size()));
                    if (!usages.isEmpty()) {
                        table.getSelectionModel().setSelectionInterval(0, 0);
                    }
                    // Also brings the window back to the front when the progress dialog left no window focused.
                    table.requestFocus();
                });
    }

    /** Says the list was made before the latest change of the alignment, so row numbers may be off. */
    public void outdated() {
        summary.setText(Messages.get("qa.outdated"));
    }

    /** Forgets the report, as when another project opens. */
    public void clear() {
        model.usages = List.of();
        model.fireTableDataChanged();
        summary.setText(Messages.get("qa.notRun"));
    }

    private void correct() {
        Workbench open = workbench.get();
        int selected = table.getSelectedRow();
        if (open == null || selected < 0) {
            report.accept(Messages.get("status.noTermUsageSelected"));
            return;
        }
        String english = model.usages.get(table.convertRowIndexToModel(selected)).english();
        List<TermEntry> approved = open.glossary().approved(english);
        if (approved.isEmpty()) {
            report.accept(Messages.get("status.noApprovedRendering", english));
            return;
        }
        TermEntry chosen = approved.get(0);
        if (approved.size() > 1) {
            Object[] choices = approved.stream().map(TermEntry::vietnamese).toArray();
            Object answer = JOptionPane.showInputDialog(SwingUtilities.getWindowAncestor(this),
                    Messages.get("dialog.chooseRendering", english), Messages.get("terms.correct"),
                    JOptionPane.QUESTION_MESSAGE, null, choices, choices[0]);
            if (answer == null) {
                return;
            }
            chosen = approved.get(List.of(choices).indexOf(answer));
        }
        CorrectionDialog.show(SwingUtilities.getWindowAncestor(this), open, chosen, open.selectedRows(), done -> {
            report.accept(done);
            refresh();
        });
    }

    static String renderings(TermUsage usage) {
        StringBuilder text = new StringBuilder();
        for (TermUsage.Rendering rendering : usage.renderings()) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(rendering.entry().vietnamese()).append(" ×").append(rendering.count());
            if (rendering.entry().status() == TermStatus.FORBIDDEN) {
                text.append(" (").append(Messages.get("glossary.status.forbidden")).append(')');
            }
        }
        return text.toString();
    }

    private static final class UsageModel extends AbstractTableModel {

        private List<TermUsage> usages = List.of();

        @Override
        public int getRowCount() {
            return usages.size();
        }

        @Override
        public int getColumnCount() {
            return WITHOUT + 1;
        }

        @Override
        public String getColumnName(int column) {
            return switch (column) {
                case ENGLISH -> Messages.get("glossary.column.english");
                case ROWS -> Messages.get("terms.column.rows");
                case RENDERINGS -> Messages.get("terms.column.renderings");
                case WITHOUT -> Messages.get("terms.column.without");
                default -> throw new IllegalArgumentException("no column " + column);
            };
        }

        @Override
        public Class<?> getColumnClass(int column) {
            return column == ROWS || column == WITHOUT ? Integer.class : String.class;
        }

        @Override
        public Object getValueAt(int row, int column) {
            TermUsage usage = usages.get(row);
            return switch (column) {
                case ENGLISH -> usage.english();
                case ROWS -> usage.rows();
                case RENDERINGS -> renderings(usage);
                case WITHOUT -> usage.rowsWithoutRendering();
                default -> throw new IllegalArgumentException("no column " + column);
            };
        }
    }
}
