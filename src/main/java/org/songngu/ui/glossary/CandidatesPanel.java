package org.songngu.ui.glossary;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
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
import org.songngu.core.align.Alignment;
import org.songngu.core.glossary.Glossary;
import org.songngu.core.glossary.TermEntry;
import org.songngu.core.qa.TermCandidates;
import org.songngu.core.qa.TermCandidates.Candidate;
import org.songngu.ui.app.Messages;
import org.songngu.ui.qa.CellTips;
import org.songngu.ui.qa.ListTableModel;
import org.songngu.ui.qa.QaPanel;
import org.songngu.ui.task.TaskRunner;

/**
 * Term pairs mined from the confirmed rows for the user to accept: Add (or Enter) opens the term
 * dialog filled with the pair, to adjust before it goes into the glossary.
 */
public final class CandidatesPanel extends JPanel {

    /** A pair must occur together in this many confirmed rows: one row is a coincidence. */
    private static final int MIN_ROWS = 2;

    /** Column indices, in the order the model below declares its columns. */
    private static final int ROWS = 2;
    private static final int DICE = 3;

    private final ListTableModel<Candidate> model = new ListTableModel<>(
            new ListTableModel.Column<>(Messages.get("glossary.column.english"), String.class, Candidate::english),
            new ListTableModel.Column<>(Messages.get("glossary.column.vietnamese"), String.class, Candidate::vietnamese),
            new ListTableModel.Column<>(Messages.get("terms.column.rows"), Integer.class, Candidate::rows),
            new ListTableModel.Column<>(Messages.get("candidates.column.dice"), String.class,
                    candidate -> String.format(Locale.ROOT, "%.2f", candidate.dice())));
    private final JTable table = CellTips.table(model);
    private final JLabel summary = new JLabel(Messages.get("candidates.notRun"));
    private final Supplier<QaPanel.Source> source;
    private final Consumer<TermEntry> add;

    /**
     * @param source the open project, or null while none is open
     * @param add asks the user to confirm a proposed entry into the glossary
     */
    public CandidatesPanel(Supplier<QaPanel.Source> source, Consumer<TermEntry> add) {
        super(new BorderLayout(4, 4));
        this.source = source;
        this.add = add;
        setName("candidates.panel");
        table.setName("candidates.table");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.getColumnModel().getColumn(ROWS).setMaxWidth(60);
        table.getColumnModel().getColumn(DICE).setMaxWidth(60);
        table.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "add");
        table.getActionMap().put("add", new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent event) {
                addSelected();
            }
        });
        summary.setName("candidates.summary");
        JButton find = new JButton(Messages.get("candidates.find"));
        find.setName("candidates.find");
        find.addActionListener(event -> refresh());
        JButton accept = new JButton(Messages.get("candidates.add"));
        accept.setName("candidates.add");
        accept.addActionListener(event -> addSelected());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING, 4, 0));
        buttons.add(accept);
        buttons.add(find);
        JPanel top = new JPanel(new BorderLayout(4, 4));
        top.add(summary, BorderLayout.CENTER);
        top.add(buttons, BorderLayout.EAST);
        add(top, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
    }

    public JTable table() {
        return table;
    }

    /** Mines the confirmed rows again, off the event thread. */
    public void refresh() {
        QaPanel.Source mined = source.get();
        if (mined == null) {
            return;
        }
        Alignment alignment = mined.alignment();
        Glossary glossary = mined.glossary();
        table.requestFocusInWindow();
        TaskRunner.run(this, Messages.get("task.mining"),
                (progress, cancellation) -> TermCandidates.mine(alignment, glossary, MIN_ROWS), candidates -> {
                    model.show(candidates);
                    summary.setText(Messages.get("candidates.summary", candidates.size()));
                    if (!candidates.isEmpty()) {
                        table.getSelectionModel().setSelectionInterval(0, 0);
                    }
                    // Also brings the window back to the front when the progress dialog left no window focused.
                    table.requestFocus();
                });
    }

    /** Forgets the candidates, as when another project opens. */
    public void clear() {
        model.show(List.of());
        summary.setText(Messages.get("candidates.notRun"));
    }

    /** Leaves out the candidates the glossary now has, as after the user accepted one. */
    public void glossaryChanged(Glossary glossary) {
        int selected = table.getSelectedRow();
        model.show(model.rows().stream().filter(c -> {
            String vietnameseKey = TermEntry.approved(c.english(), c.vietnamese()).vietnameseKey();
            return glossary.lookup(c.english()).stream().noneMatch(e -> e.vietnameseKey().equals(vietnameseKey));
        }).toList());
        if (!model.rows().isEmpty() && selected >= 0) {
            int next = Math.min(selected, model.rows().size() - 1);
            table.getSelectionModel().setSelectionInterval(next, next);
        }
    }

    private void addSelected() {
        int selected = table.getSelectedRow();
        if (selected >= 0) {
            Candidate candidate = model.row(table.convertRowIndexToModel(selected));
            add.accept(TermEntry.approved(candidate.english(), candidate.vietnamese()));
        }
    }
}
