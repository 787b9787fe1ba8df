package org.songngu.ui.qa;

import java.awt.BorderLayout;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTable;
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

    private final ResultList<TermUsage> results = new ResultList<>("terms", new ListTableModel<>(
            new ListTableModel.Column<>(() -> Messages.get("glossary.column.english"), String.class, TermUsage::english),
            new ListTableModel.Column<>(() -> Messages.get("terms.column.rows"), Integer.class, TermUsage::rows),
            new ListTableModel.Column<>(() -> Messages.get("terms.column.renderings"), String.class, ConsistencyPanel::renderings),
            new ListTableModel.Column<>(() -> Messages.get("terms.column.without"), Integer.class,
                    TermUsage::rowsWithoutRendering)),
            () -> Messages.get("qa.notRun"));
    private final Supplier<Workbench> workbench;
    private final Consumer<String> report;

    /**
     * @param workbench the open project, or null while none is open
     * @param report shows a one-line message
     */
    public ConsistencyPanel(Supplier<Workbench> workbench, Consumer<String> report) {
        super(new BorderLayout());
        this.workbench = workbench;
        this.report = report;
        setName("terms.panel");
        JTable table = results.table();
        table.getColumnModel().getColumn(ENGLISH).setPreferredWidth(130);
        table.getColumnModel().getColumn(ROWS).setMaxWidth(50);
        table.getColumnModel().getColumn(WITHOUT).setMaxWidth(60);
        table.getColumnModel().getColumn(RENDERINGS).setPreferredWidth(260);
        results.addButton("correct", () -> Messages.get("terms.correct"), this::correct);
        results.addButton("refresh", () -> Messages.get("qa.refresh"), this::refresh);
        add(results, BorderLayout.CENTER);
    }

    public JTable table() {
        return results.table();
    }

    /** Counts the renderings again, off the event thread. */
    public void refresh() {
        Workbench open = workbench.get();
        if (open == null) {
            return;
        }
        Alignment alignment = open.alignment();
        Glossary glossary = open.glossary();
        results.refresh(() -> Messages.get("task.counting"),
                (progress, cancellation) -> ConsistencyReport.of(glossary, alignment),
                usages -> () -> Messages.get("terms.summary", usages.size()));
    }

    /** Says the list was made before the latest change of the alignment, so row numbers may be off. */
    public void outdated() {
        results.say(() -> Messages.get("qa.outdated"));
    }

    /** Forgets the report, as when another project opens. */
    public void clear() {
        results.show(List.of(), () -> Messages.get("qa.notRun"));
    }

    private void correct() {
        Workbench open = workbench.get();
        Optional<TermUsage> selected = results.selected();
        if (open == null || selected.isEmpty()) {
            report.accept(Messages.get("status.noTermUsageSelected"));
            return;
        }
        String english = selected.get().english();
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
