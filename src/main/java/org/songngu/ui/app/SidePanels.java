package org.songngu.ui.app;

import java.awt.Component;
import java.awt.Dimension;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javax.swing.JTabbedPane;
import org.songngu.core.glossary.Glossary;
import org.songngu.ui.glossary.CandidatesPanel;
import org.songngu.ui.glossary.GlossaryPanel;
import org.songngu.ui.glossary.TermDialog;
import org.songngu.ui.qa.ConsistencyPanel;
import org.songngu.ui.qa.QaPanel;

/**
 * The terminology panels beside the grid — glossary, QA findings, renderings, term candidates —
 * as tabs that stay hidden until the user asks for one.
 */
final class SidePanels {

    private final JTabbedPane tabs = new JTabbedPane();
    private final GlossaryPanel glossary;
    private final QaPanel qa;
    private final ConsistencyPanel terms;
    private final CandidatesPanel candidates;
    /** Runs after the panels were shown or hidden, so the window lays itself out again. */
    private final Runnable relayout;
    private final Runnable focusGrid;

    /**
     * @param project the open project as the panels see it, or null while none is open
     * @param glossaryChanged takes a glossary the user edited in the glossary panel
     */
    SidePanels(Supplier<ConsistencyPanel.Workbench> project, Consumer<Glossary> glossaryChanged, IntConsumer goToRow,
            Consumer<String> report, Runnable relayout, Runnable focusGrid) {
        this.glossary = new GlossaryPanel(glossaryChanged, report);
        this.qa = new QaPanel(project::get, goToRow);
        this.terms = new ConsistencyPanel(project, report);
        this.candidates = new CandidatesPanel(project::get, entry -> glossary.addTerm(entry, Optional.empty()));
        this.relayout = relayout;
        this.focusGrid = focusGrid;
        tabs.setName("side.tabs");
        tabs.addTab("", glossary);
        tabs.addTab("", qa);
        tabs.addTab("", terms);
        tabs.addTab("", candidates);
        Texts.tabTitles(tabs, List.of(() -> Messages.get("side.glossary"), () -> Messages.get("side.qa"),
                () -> Messages.get("side.terms"), () -> Messages.get("side.candidates")));
        tabs.setPreferredSize(new Dimension(520, 0));
        tabs.setVisible(false);
    }

    Component component() {
        return tabs;
    }

    /** A project was opened: the panels start afresh on its glossary. */
    void projectShown(Glossary shown) {
        glossary.show(shown);
        qa.clear();
        terms.clear();
        candidates.clear();
    }

    /** The alignment changed: findings and counts on show are out of date. */
    void alignmentChanged() {
        qa.outdated();
        terms.outdated();
    }

    void glossaryChanged(Glossary changed) {
        candidates.glossaryChanged(changed);
    }

    /** Shows the glossary tab; when it shows already, hides the panels and goes back to the grid. */
    void toggleGlossary() {
        if (tabs.isVisible() && tabs.getSelectedComponent() == glossary) {
            tabs.setVisible(false);
            relayout.run();
            focusGrid.run();
            return;
        }
        show(glossary);
        glossary.focusFilter();
    }

    void showQa() {
        show(qa);
        qa.refresh();
    }

    void showTerms() {
        show(terms);
        terms.refresh();
    }

    void showCandidates() {
        show(candidates);
        candidates.refresh();
    }

    /** Opens the term dialog, on a row's text when there is a current row. */
    void addTerm(Optional<TermDialog.RowText> row) {
        glossary.addTerm(null, row);
    }

    private void show(Component tab) {
        tabs.setSelectedComponent(tab);
        tabs.setVisible(true);
        relayout.run();
    }
}
