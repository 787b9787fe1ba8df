package org.songngu.ui.qa;

import java.awt.BorderLayout;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import org.songngu.core.align.Alignment;
import org.songngu.core.glossary.Glossary;
import org.songngu.core.qa.QaChecker;
import org.songngu.core.qa.QaFinding;
import org.songngu.ui.app.Messages;

/**
 * The QA findings of the open alignment, one line per finding; Enter or a double click selects the
 * finding's row in the grid and leaves the focus here, so that Down and Enter walk the findings.
 * Findings are computed when asked (Refresh or the QA command), off the event thread, and worded in
 * the UI's language.
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

    private final ResultList<QaFinding> results = new ResultList<>("qa", new ListTableModel<>(
            new ListTableModel.Column<>(() -> Messages.get("grid.column.row"), Integer.class, QaFinding::row),
            new ListTableModel.Column<>(() -> Messages.get("qa.column.check"), String.class,
                    finding -> FindingText.check(finding.check())),
            new ListTableModel.Column<>(() -> Messages.get("qa.column.detail"), String.class, FindingText::detail)),
            () -> Messages.get("qa.notRun"));
    private final Supplier<Source> source;
    private final IntConsumer goToRow;

    /**
     * @param source the open project, or null while none is open
     * @param goToRow selects a grid row, counted from 0
     */
    public QaPanel(Supplier<Source> source, IntConsumer goToRow) {
        super(new BorderLayout());
        this.source = source;
        this.goToRow = goToRow;
        setName("qa.panel");
        JTable table = results.table();
        table.getColumnModel().getColumn(ROW).setPreferredWidth(40);
        table.getColumnModel().getColumn(ROW).setMaxWidth(80);
        table.getColumnModel().getColumn(CHECK).setPreferredWidth(130);
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
        results.addButton("refresh", () -> Messages.get("qa.refresh"), this::refresh);
        add(results, BorderLayout.CENTER);
    }

    public JTable table() {
        return results.table();
    }

    /** Checks the open alignment against its glossary again, off the event thread, and lists what was found. */
    public void refresh() {
        Source checked = source.get();
        if (checked == null) {
            return;
        }
        Alignment alignment = checked.alignment();
        Glossary glossary = checked.glossary();
        results.refresh(() -> Messages.get("task.checking"),
                (progress, cancellation) -> new QaChecker(glossary).check(alignment, cancellation),
                findings -> {
                    long rows = findings.stream().mapToInt(QaFinding::row).distinct().count();
                    return () -> Messages.get("qa.summary", findings.size(), rows);
                });
    }

    /** Says the list was made before the latest change of the alignment, so row numbers may be off. */
    public void outdated() {
        results.say(() -> Messages.get("qa.outdated"));
    }

    /** Forgets the findings, as when another project opens. */
    public void clear() {
        results.show(List.of(), () -> Messages.get("qa.notRun"));
    }

    private void goToSelected() {
        results.selected().ifPresent(finding -> goToRow.accept(finding.row() - 1));
    }
}
