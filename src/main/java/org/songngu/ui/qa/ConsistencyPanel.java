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

    private final ListTableModel<TermUsage> model = new ListTableModel<>(
            new ListTableModel.Column<>(Messages.get("glossary.column.english"), String.class, TermUsage::english),
            new ListTableModel.Column<>(Messages.get("terms.column.rows"), Integer.class, TermUsage::rows),
            new ListTableModel.Column<>(Messages.get("terms.column.renderings"), String.class, ConsistencyPanel::renderings),
            new ListTableModel.Column<>(Messages.get("terms.column.without"), Integer.class,
                    TermUsage::rowsWithoutRendering));
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
                    model.show(usages);
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
        model.show(List.of());
        summary.setText(Messages.get("qa.notRun"));
    }

    private void correct() {
        Workbench open = workbench.get();
        int selected = table.getSelectedRow();
        if (open == null || selected < 0) {
            report.accept(Messages.get("status.noTermUsageSelected"));
            return;
        }
        String english = model.row(table.convertRowIndexToModel(selected)).english();
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
}
