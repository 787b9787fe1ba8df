package org.songngu.ui.glossary;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.RowFilter;
import javax.swing.SwingUtilities;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.filechooser.FileNameExtensionFilter;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.TableRowSorter;
import org.songngu.core.glossary.Glossary;
import org.songngu.core.glossary.GlossaryFile;
import org.songngu.core.glossary.GlossaryFileException;
import org.songngu.core.glossary.TermEntry;
import org.songngu.core.text.MatchKey;
import org.songngu.ui.app.Messages;
import org.songngu.ui.app.Texts;
import org.songngu.ui.qa.CellTips;

/**
 * The project's glossary as a table with a filter, Add / Edit / Delete and import and export. It
 * holds the glossary shown and hands every change to its owner, which keeps it in the project.
 */
public final class GlossaryPanel extends JPanel {

    private static final int ENGLISH = 0;
    private static final int VIETNAMESE = 1;
    private static final int STATUS = 2;
    private static final int NOTE = 3;

    private final EntriesModel model = new EntriesModel();
    private final JTable table = CellTips.table(model);
    private final TableRowSorter<EntriesModel> sorter = new TableRowSorter<>(model);
    private final JTextField filter = new JTextField(16);
    private final JLabel count = new JLabel(" ");
    private final Consumer<Glossary> changed;
    private final Consumer<String> report;

    /**
     * @param changed takes the glossary after each change the user makes here
     * @param report shows a one-line message, such as how many entries an import added
     */
    public GlossaryPanel(Consumer<Glossary> changed, Consumer<String> report) {
        super(new BorderLayout(4, 4));
        this.changed = changed;
        this.report = report;
        setName("glossary.panel");
        table.setName("glossary.table");
        table.setRowSorter(sorter);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent event) {
                if (event.getClickCount() == 2 && SwingUtilities.isLeftMouseButton(event)) {
                    edit();
                }
            }
        });
        bind(table, KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "edit", this::edit);
        bind(table, KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, 0), "delete", this::delete);
        filter.setName("glossary.filter");
        Texts.placeholder(filter, () -> Messages.get("glossary.filter"));
        filter.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent event) {
                applyFilter();
            }

            @Override
            public void removeUpdate(DocumentEvent event) {
                applyFilter();
            }

            @Override
            public void changedUpdate(DocumentEvent event) {
                applyFilter();
            }
        });
        count.setName("glossary.count");
        JPanel top = new JPanel(new BorderLayout(4, 4));
        top.add(filter, BorderLayout.CENTER);
        top.add(count, BorderLayout.EAST);

        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEADING, 4, 2));
        buttons.add(button("glossary.add", () -> Messages.get("glossary.add"), () -> addTerm(null, Optional.empty())));
        buttons.add(button("glossary.edit", () -> Messages.get("glossary.edit"), this::edit));
        buttons.add(button("glossary.delete", () -> Messages.get("glossary.delete"), this::delete));
        buttons.add(button("glossary.import", () -> Messages.get("glossary.import"), this::importFile));
        buttons.add(button("glossary.export", () -> Messages.get("glossary.export"), this::exportFile));

        add(top, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
        add(buttons, BorderLayout.SOUTH);
        showCount();
    }

    /** Shows {@code glossary}, as when a project opens; this is not a change by the user. */
    public void show(Glossary glossary) {
        model.glossary = glossary;
        model.fireTableDataChanged();
        showCount();
    }

    public Glossary glossary() {
        return model.glossary;
    }

    /** Puts the focus in the filter field, as when the panel is opened from the keyboard. */
    public void focusFilter() {
        filter.requestFocusInWindow();
    }

    public JTable table() {
        return table;
    }

    /**
     * Asks for a new entry, pre-filled with {@code shown} when not null; with a row, the dialog shows
     * it so that the terms can be selected in its text.
     */
    public void addTerm(TermEntry shown, Optional<TermDialog.RowText> row) {
        TermDialog.add(SwingUtilities.getWindowAncestor(this), shown, row, entry -> change(() -> glossary().with(entry),
                Messages.get("status.termAdded", entry.english(), entry.vietnamese())));
    }

    private void edit() {
        Optional<TermEntry> selected = selected();
        if (selected.isEmpty()) {
            report.accept(Messages.get("status.noTermSelected"));
            return;
        }
        TermDialog.edit(SwingUtilities.getWindowAncestor(this), selected.get(), entry -> change(
                () -> glossary().replace(selected.get(), entry),
                Messages.get("status.termChanged", entry.english(), entry.vietnamese())));
    }

    private void delete() {
        Optional<TermEntry> selected = selected();
        if (selected.isEmpty()) {
            report.accept(Messages.get("status.noTermSelected"));
            return;
        }
        int view = table.getSelectedRow();
        change(() -> glossary().without(selected.get()),
                Messages.get("status.termDeleted", selected.get().english(), selected.get().vietnamese()));
        if (table.getRowCount() > 0) {
            int next = Math.min(view, table.getRowCount() - 1);
            table.getSelectionModel().setSelectionInterval(next, next);
        }
    }

    /** A glossary change the user made: shown, handed on and reported; a refusal gives its reason. */
    private Optional<String> change(Supplier<Glossary> next, String done) {
        Glossary changedGlossary;
        try {
            changedGlossary = next.get();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        show(changedGlossary);
        changed.accept(changedGlossary);
        report.accept(done);
        return Optional.empty();
    }

    private Optional<TermEntry> selected() {
        int view = table.getSelectedRow();
        return view < 0 ? Optional.empty() : Optional.of(glossary().entries().get(table.convertRowIndexToModel(view)));
    }

    /**
     * Adds the file's entries after the project's own; an entry whose pair is here already is left
     * out, so that importing the same file twice changes nothing.
     */
    private void importFile() {
        JFileChooser chooser = chooser();
        if (chooser.showOpenDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path file = chooser.getSelectedFile().toPath();
        Glossary read;
        try {
            read = GlossaryFile.read(file);
        } catch (GlossaryFileException e) {
            showError(e.getMessage());
            return;
        }
        Glossary merged = glossary();
        int skipped = 0;
        for (TermEntry entry : read.entries()) {
            try {
                merged = merged.with(entry);
            } catch (IllegalArgumentException e) {
                skipped++;
            }
        }
        int added = read.size() - skipped;
        Glossary result = merged;
        change(() -> result, Messages.get("status.glossaryImported", added, file.getFileName(), skipped));
    }

    private void exportFile() {
        JFileChooser chooser = chooser();
        chooser.setSelectedFile(new java.io.File(Messages.get("glossary.defaultFile")));
        if (chooser.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path file = chooser.getSelectedFile().toPath();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".tab") || name.endsWith(".tbx"))) {
            file = file.resolveSibling(file.getFileName() + ".csv");
        }
        try {
            GlossaryFile.write(glossary(), file);
            report.accept(Messages.get("status.glossaryExported", glossary().size(), file));
        } catch (GlossaryFileException e) {
            showError(e.getMessage());
        }
    }

    private JFileChooser chooser() {
        JFileChooser chooser = new JFileChooser();
        chooser.setName("dialog.glossaryFile");
        chooser.setFileFilter(new FileNameExtensionFilter(Messages.get("dialog.glossaryFiles"), "csv", "tsv", "tab", "tbx"));
        return chooser;
    }

    private void showError(String text) {
        Window window = SwingUtilities.getWindowAncestor(this);
        JOptionPane.showMessageDialog(window, text, Messages.get("app.title"), JOptionPane.ERROR_MESSAGE);
    }

    /** Keeps the entries whose English, Vietnamese or note contain the filter, ignoring case and diacritics, so that "truyen mau" finds "truyền máu". */
    private void applyFilter() {
        String wanted = MatchKey.folded(filter.getText().strip());
        if (wanted.isEmpty()) {
            sorter.setRowFilter(null);
        } else {
            sorter.setRowFilter(new RowFilter<>() {
                @Override
                public boolean include(Entry<? extends EntriesModel, ? extends Integer> row) {
                    TermEntry entry = glossary().entries().get(row.getIdentifier());
                    return MatchKey.folded(entry.english()).contains(wanted) || MatchKey.folded(entry.vietnamese()).contains(wanted)
                            || MatchKey.folded(entry.note()).contains(wanted);
                }
            });
        }
        showCount();
    }

    private void showCount() {
        int shown = table.getRowCount();
        int all = model.glossary.size();
        Texts.text(count, () -> Messages.get("glossary.count", shown, all));
    }

    private static JButton button(String name, Supplier<String> text, Runnable action) {
        JButton button = Texts.text(new JButton(), text);
        button.setName(name);
        button.addActionListener(event -> action.run());
        return button;
    }

    private static void bind(JComponent component, KeyStroke stroke, String name, Runnable action) {
        component.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(stroke, name);
        component.getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent event) {
                action.run();
            }
        });
    }

    /** The entries, read-only; the panel replaces the glossary as a whole. */
    private static final class EntriesModel extends AbstractTableModel {

        private Glossary glossary = Glossary.empty();

        @Override
        public int getRowCount() {
            return glossary.size();
        }

        @Override
        public int getColumnCount() {
            return NOTE + 1;
        }

        @Override
        public String getColumnName(int column) {
            return switch (column) {
                case ENGLISH -> Messages.get("glossary.column.english");
                case VIETNAMESE -> Messages.get("glossary.column.vietnamese");
                case STATUS -> Messages.get("glossary.column.status");
                case NOTE -> Messages.get("glossary.column.note");
                default -> throw new IllegalArgumentException("no column " + column);
            };
        }

        @Override
        public Object getValueAt(int row, int column) {
            TermEntry entry = glossary.entries().get(row);
            return switch (column) {
                case ENGLISH -> entry.english();
                case VIETNAMESE -> entry.vietnamese();
                case STATUS -> TermDialog.statusText(entry.status());
                case NOTE -> entry.note();
                default -> throw new IllegalArgumentException("no column " + column);
            };
        }
    }
}
