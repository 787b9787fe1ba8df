package org.songngu.ui.qa;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import org.songngu.core.align.Alignment;
import org.songngu.core.glossary.Glossary;
import org.songngu.core.qa.QaCheck;
import org.songngu.core.qa.QaChecker;
import org.songngu.core.qa.QaFinding;
import org.songngu.ui.app.Messages;
import org.songngu.ui.task.TaskRunner;

/**
 * The QA findings of the open alignment, one line per finding; Enter or a double click selects the
 * finding's row in the grid and leaves the focus here, so that Down and Enter walk the findings.
 * Findings are computed when asked (Refresh or the QA command), off the event thread.
 */
public final class QaPanel extends JPanel {

    /** What the panel checks: the alignment and glossary as they are when Refresh is pressed. */
    public interface Source {

        Alignment alignment();

        Glossary glossary();
    }

    private static final int ROW = 0;
    private static final int CHECK = 1;
    private static final int DETAIL = 2;

    private final ListTableModel<QaFinding> model = new ListTableModel<>(
            new ListTableModel.Column<>(Messages.get("grid.column.row"), Integer.class, QaFinding::row),
            new ListTableModel.Column<>(Messages.get("qa.column.check"), String.class, finding -> checkText(finding.check())),
            new ListTableModel.Column<>(Messages.get("qa.column.detail"), String.class, QaFinding::detail));
    private final JTable table = CellTips.table(model);
    private final JLabel summary = new JLabel(Messages.get("qa.notRun"));
    private final Supplier<Source> source;
    private final IntConsumer goToRow;

    /**
     * @param source the open project, or null while none is open
     * @param goToRow selects a grid row, counted from 0
     */
    public QaPanel(Supplier<Source> source, IntConsumer goToRow) {
        super(new BorderLayout(4, 4));
        this.source = source;
        this.goToRow = goToRow;
        setName("qa.panel");
        table.setName("qa.table");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.getColumnModel().getColumn(ROW).setPreferredWidth(40);
        table.getColumnModel().getColumn(ROW).setMaxWidth(80);
        table.getColumnModel().getColumn(CHECK).setPreferredWidth(110);
        table.getColumnModel().getColumn(CHECK).setMaxWidth(200);
        table.getColumnModel().getColumn(DETAIL).setPreferredWidth(400);
        table.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "goToRow");
        table.getActionMap().put("goToRow", new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent event) {
                goToSelected();
            }
        });
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent event) {
                if (event.getClickCount() == 2 && SwingUtilities.isLeftMouseButton(event)) {
                    goToSelected();
                }
            }
        });
        JButton refresh = new JButton(Messages.get("qa.refresh"));
        refresh.setName("qa.refresh");
        refresh.addActionListener(event -> refresh());
        summary.setName("qa.summary");
        JPanel top = new JPanel(new BorderLayout(4, 4));
        top.add(summary, BorderLayout.CENTER);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING, 4, 0));
        buttons.add(refresh);
        top.add(buttons, BorderLayout.EAST);
        add(top, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
    }

    public JTable table() {
        return table;
    }

    /** Checks the open alignment against its glossary again, off the event thread, and lists what was found. */
    public void refresh() {
        Source checked = source.get();
        if (checked == null) {
            return;
        }
        Alignment alignment = checked.alignment();
        Glossary glossary = checked.glossary();
        // Focused before the progress dialog opens, so that the window gives the focus back here when it closes.
        table.requestFocusInWindow();
        TaskRunner.run(this, Messages.get("task.checking"),
                (progress, cancellation) -> new QaChecker(glossary).check(alignment, cancellation), findings -> {
                    show(findings);
                    if (!findings.isEmpty()) {
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

    /** Forgets the findings, as when another project opens. */
    public void clear() {
        model.show(List.of());
        summary.setText(Messages.get("qa.notRun"));
    }

    private void show(List<QaFinding> findings) {
        model.show(findings);
        summary.setText(Messages.get("qa.summary", findings.size(),
                findings.stream().mapToInt(QaFinding::row).distinct().count()));
    }

    private void goToSelected() {
        int selected = table.getSelectedRow();
        if (selected >= 0) {
            goToRow.accept(model.row(table.convertRowIndexToModel(selected)).row() - 1);
        }
    }

    static String checkText(QaCheck check) {
        return switch (check) {
            case MISSING_TERM -> Messages.get("qa.check.missingTerm");
            case FORBIDDEN_TERM -> Messages.get("qa.check.forbiddenTerm");
            case NUMBERS -> Messages.get("qa.check.numbers");
            case LENGTH_RATIO -> Messages.get("qa.check.lengthRatio");
        };
    }
}
