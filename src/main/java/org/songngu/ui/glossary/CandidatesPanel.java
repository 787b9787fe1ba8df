package org.songngu.ui.glossary;

import java.awt.BorderLayout;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import org.songngu.core.align.Alignment;
import org.songngu.core.glossary.Glossary;
import org.songngu.core.glossary.TermEntry;
import org.songngu.core.qa.TermCandidates;
import org.songngu.core.qa.TermCandidates.Candidate;
import org.songngu.ui.app.Messages;
import org.songngu.ui.qa.ListTableModel;
import org.songngu.ui.qa.QaPanel;
import org.songngu.ui.qa.ResultList;

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

    private final ResultList<Candidate> results = new ResultList<>("candidates", new ListTableModel<>(
            new ListTableModel.Column<>(() -> Messages.get("glossary.column.english"), String.class, Candidate::english),
            new ListTableModel.Column<>(() -> Messages.get("glossary.column.vietnamese"), String.class, Candidate::vietnamese),
            new ListTableModel.Column<>(() -> Messages.get("terms.column.rows"), Integer.class, Candidate::rows),
            new ListTableModel.Column<>(() -> Messages.get("candidates.column.dice"), String.class,
                    candidate -> Messages.decimal(candidate.dice()))),
            () -> Messages.get("candidates.notRun"));
    private final Supplier<QaPanel.Source> source;
    private final Consumer<TermEntry> add;

    /**
     * @param source the open project, or null while none is open
     * @param add asks the user to confirm a proposed entry into the glossary
     */
    public CandidatesPanel(Supplier<QaPanel.Source> source, Consumer<TermEntry> add) {
        super(new BorderLayout());
        this.source = source;
        this.add = add;
        setName("candidates.panel");
        JTable table = results.table();
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
        results.addButton("add", () -> Messages.get("candidates.add"), this::addSelected);
        results.addButton("find", () -> Messages.get("candidates.find"), this::refresh);
        add(results, BorderLayout.CENTER);
    }

    public JTable table() {
        return results.table();
    }

    /** Mines the confirmed rows again, off the event thread. */
    public void refresh() {
        QaPanel.Source mined = source.get();
        if (mined == null) {
            return;
        }
        Alignment alignment = mined.alignment();
        Glossary glossary = mined.glossary();
        results.refresh(() -> Messages.get("task.mining"),
                (progress, cancellation) -> TermCandidates.mine(alignment, glossary, MIN_ROWS),
                candidates -> () -> Messages.get("candidates.summary", candidates.size()));
    }

    /** Forgets the candidates, as when another project opens. */
    public void clear() {
        results.show(List.of(), () -> Messages.get("candidates.notRun"));
    }

    /** Leaves out the candidates the glossary now has, as after the user accepted one. */
    public void glossaryChanged(Glossary glossary) {
        JTable table = results.table();
        int selected = table.getSelectedRow();
        List<Candidate> left = results.rows().stream().filter(c -> {
            String vietnameseKey = TermEntry.approved(c.english(), c.vietnamese()).vietnameseKey();
            return glossary.lookup(c.english()).stream().noneMatch(e -> e.vietnameseKey().equals(vietnameseKey));
        }).toList();
        results.show(left, () -> Messages.get("candidates.summary", left.size()));
        if (!left.isEmpty() && selected >= 0) {
            int next = Math.min(selected, left.size() - 1);
            table.getSelectionModel().setSelectionInterval(next, next);
        }
    }

    private void addSelected() {
        results.selected().ifPresent(candidate -> add.accept(TermEntry.approved(candidate.english(), candidate.vietnamese())));
    }
}
