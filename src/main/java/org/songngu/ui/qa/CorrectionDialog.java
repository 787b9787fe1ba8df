package org.songngu.ui.qa;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Window;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import org.songngu.core.align.RowId;
import org.songngu.core.edit.CompoundEdit;
import org.songngu.core.glossary.TermEntry;
import org.songngu.core.qa.TermCorrection;
import org.songngu.ui.app.Dialogs;
import org.songngu.ui.app.Messages;

/**
 * Previews a terminology correction, sentence by sentence, in all rows or the selected ones, and
 * applies it as one undoable edit.
 */
final class CorrectionDialog extends JDialog {

    private final ConsistencyPanel.Workbench workbench;
    private final TermCorrection correction;
    private final Set<RowId> selectedRows;
    private final JRadioButton allRows = new JRadioButton(Messages.get("correction.allRows"), true);
    private final JRadioButton selected;
    private final ListTableModel<TermCorrection.Change> model = new ListTableModel<>(
            new ListTableModel.Column<>(() -> Messages.get("grid.column.row"), Integer.class, TermCorrection.Change::row),
            new ListTableModel.Column<>(() -> Messages.get("correction.before"), String.class, TermCorrection.Change::before),
            new ListTableModel.Column<>(() -> Messages.get("correction.after"), String.class, TermCorrection.Change::after));
    private final JLabel problem = new JLabel(" ");
    private final JButton apply = new JButton(Messages.get("correction.apply"));
    private final Consumer<String> done;

    private CorrectionDialog(Window owner, ConsistencyPanel.Workbench workbench, TermEntry chosen, Set<RowId> selectedRows,
            Consumer<String> done) {
        super(owner, Messages.get("correction.title", chosen.vietnamese(), chosen.english()),
                ModalityType.APPLICATION_MODAL);
        this.workbench = workbench;
        this.correction = TermCorrection.to(workbench.glossary(), chosen);
        this.selectedRows = selectedRows;
        this.done = done;
        setName("dialog.correction");
        selected = new JRadioButton(Messages.get("correction.selectedRows", selectedRows.size()));
        allRows.setName("correction.allRows");
        selected.setName("correction.selectedRows");
        selected.setEnabled(!selectedRows.isEmpty());
        ButtonGroup scope = new ButtonGroup();
        scope.add(allRows);
        scope.add(selected);
        allRows.addActionListener(event -> preview());
        selected.addActionListener(event -> preview());
        JPanel scopes = new JPanel(new FlowLayout(FlowLayout.LEADING));
        scopes.add(allRows);
        scopes.add(selected);

        JTable changes = CellTips.table(model);
        changes.setName("correction.changes");
        changes.getColumnModel().getColumn(0).setMaxWidth(60);

        apply.setName("correction.apply");
        apply.addActionListener(event -> apply());
        JButton cancel = new JButton(Messages.get("task.cancel"));
        cancel.setName("correction.cancel");
        cancel.addActionListener(event -> dispose());
        problem.setName("correction.problem");
        JPanel south = Dialogs.footer(problem, apply, cancel);

        JPanel content = new JPanel(new BorderLayout(8, 8));
        content.setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
        content.add(scopes, BorderLayout.NORTH);
        content.add(new JScrollPane(changes), BorderLayout.CENTER);
        content.add(south, BorderLayout.SOUTH);
        setContentPane(content);
        getRootPane().setDefaultButton(apply);
        Dialogs.closeOnEscape(this);
        preview();
        setSize(900, 480);
        setLocationRelativeTo(owner);
    }

    /** Shows the preview; {@code done} gets what was applied, to report. */
    static void show(Window owner, ConsistencyPanel.Workbench workbench, TermEntry chosen, Set<RowId> selectedRows,
            Consumer<String> done) {
        new CorrectionDialog(owner, workbench, chosen, selectedRows, done).setVisible(true);
    }

    private void preview() {
        model.show(selected.isSelected() ? correction.preview(workbench.alignment(), selectedRows)
                : correction.preview(workbench.alignment()));
        apply.setEnabled(!model.rows().isEmpty());
        problem.setText(model.rows().isEmpty() ? Messages.get("correction.nothing")
                : Messages.get("correction.count", model.rows().size(),
                        model.rows().stream().mapToInt(TermCorrection.Change::row).distinct().count()));
    }

    private void apply() {
        Optional<CompoundEdit> edit = correction.edit(model.rows());
        if (edit.isEmpty()) {
            dispose();
            return;
        }
        Optional<String> rejected = workbench.perform(edit.get());
        if (rejected.isPresent()) {
            problem.setText(rejected.get());
            return;
        }
        dispose();
        done.accept(Messages.get("status.corrected", model.rows().size()));
    }
}
