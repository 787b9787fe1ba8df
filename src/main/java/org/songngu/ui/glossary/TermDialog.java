package org.songngu.ui.glossary;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.KeyboardFocusManager;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.Optional;
import java.util.function.Function;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.text.JTextComponent;
import org.songngu.core.glossary.TermEntry;
import org.songngu.core.glossary.TermStatus;
import org.songngu.ui.app.Dialogs;
import org.songngu.ui.app.Messages;

/**
 * A modal dialog for one glossary entry: English, Vietnamese, status and note. Opened on a row, it
 * also shows the row's two sides; selecting words in either (mouse or Shift+arrows) fills that
 * term, so a translator takes a term from the text without typing it. It only collects the entry;
 * whoever opens it adds it and says why it was refused, which keeps the dialog open.
 */
public final class TermDialog extends JDialog {

    /** A row's two sides, shown so that the terms can be selected in them. */
    public record RowText(int rowNumber, String english, String vietnamese) {
    }

    private final JTextField english = new JTextField(30);
    private final JTextField vietnamese = new JTextField(30);
    private final JComboBox<TermStatus> status = new JComboBox<>(TermStatus.values());
    private final JTextField note = new JTextField(30);
    private final JLabel problem = new JLabel(" ");
    private final Function<TermEntry, Optional<String>> apply;

    private TermDialog(Window owner, String title, TermEntry shown, Optional<RowText> row,
            Function<TermEntry, Optional<String>> apply) {
        super(owner, title, ModalityType.APPLICATION_MODAL);
        this.apply = apply;
        setName("dialog.term");
        english.setName("term.english");
        vietnamese.setName("term.vietnamese");
        status.setName("term.status");
        note.setName("term.note");
        problem.setName("term.problem");
        status.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                    boolean focused) {
                return super.getListCellRendererComponent(list, statusText((TermStatus) value), index, selected, focused);
            }
        });
        if (shown != null) {
            english.setText(shown.english());
            vietnamese.setText(shown.vietnamese());
            status.setSelectedItem(shown.status());
            note.setText(shown.note());
        }

        JPanel fields = new JPanel(new GridBagLayout());
        row.ifPresent(text -> {
            addRow(fields, Messages.get("grid.column.english"), source("term.englishSource", text.english(), english));
            addRow(fields, Messages.get("grid.column.vietnamese"),
                    source("term.vietnameseSource", text.vietnamese(), vietnamese));
        });
        addRow(fields, Messages.get("glossary.column.english"), english);
        addRow(fields, Messages.get("glossary.column.vietnamese"), vietnamese);
        addRow(fields, Messages.get("glossary.column.status"), status);
        addRow(fields, Messages.get("glossary.column.note"), note);

        JButton ok = new JButton(Messages.get("dialog.ok"));
        ok.setName("term.ok");
        ok.addActionListener(event -> accept());
        JButton cancel = new JButton(Messages.get("task.cancel"));
        cancel.setName("term.cancel");
        cancel.addActionListener(event -> dispose());
        JPanel south = Dialogs.footer(problem, ok, cancel);

        JPanel content = new JPanel(new BorderLayout(8, 8));
        content.setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
        content.add(fields, BorderLayout.CENTER);
        content.add(south, BorderLayout.SOUTH);
        setContentPane(content);
        getRootPane().setDefaultButton(ok);
        Dialogs.closeOnEscape(this);
        pack();
        setLocationRelativeTo(owner);
    }

    /**
     * Asks for a new entry; with a row, its sides are shown for taking the terms from, and the
     * English field gets the focus, empty unless {@code shown} fills it.
     */
    public static void add(Window owner, TermEntry shown, Optional<RowText> row, Function<TermEntry, Optional<String>> apply) {
        String title = row.map(r -> Messages.get("dialog.term.addFromRow", r.rowNumber()))
                .orElse(Messages.get("dialog.term.add"));
        new TermDialog(owner, title, shown, row, apply).setVisible(true);
    }

    /** Asks for the changed entry, starting from {@code entry}. */
    public static void edit(Window owner, TermEntry entry, Function<TermEntry, Optional<String>> apply) {
        new TermDialog(owner, Messages.get("dialog.term.edit"), entry, Optional.empty(), apply).setVisible(true);
    }

    static String statusText(TermStatus status) {
        return status == TermStatus.APPROVED ? Messages.get("glossary.status.approved")
                : Messages.get("glossary.status.forbidden");
    }

    /** A read-only copy of a row's side whose selection, once words are selected, becomes the term. */
    private static JComponent source(String name, String text, JTextField term) {
        JTextArea area = new JTextArea(text, 3, 50);
        area.setName(name);
        area.setEditable(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setCaretPosition(0);
        // Still a caret to move with Shift+arrows, since that is how a keyboard user selects.
        area.getCaret().setVisible(true);
        // Enter confirms the dialog and Tab moves on, as in the fields, rather than being refused by a read-only area.
        area.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "none");
        area.setFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        area.setFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
        area.addCaretListener(event -> {
            String selected = selectedWords(area);
            if (!selected.isEmpty()) {
                term.setText(selected);
            }
        });
        return new JScrollPane(area);
    }

    /** The selection without the spaces and punctuation a word-wise selection picks up at its ends. */
    static String selectedWords(JTextComponent area) {
        String selected = area.getSelectedText();
        if (selected == null) {
            return "";
        }
        int start = 0;
        int end = selected.length();
        while (start < end && !Character.isLetterOrDigit(selected.codePointAt(start))) {
            start += Character.charCount(selected.codePointAt(start));
        }
        while (end > start && !Character.isLetterOrDigit(selected.codePointBefore(end))) {
            end -= Character.charCount(selected.codePointBefore(end));
        }
        return selected.substring(start, end);
    }

    private static void addRow(JPanel panel, String label, JComponent field) {
        GridBagConstraints at = new GridBagConstraints();
        at.gridy = panel.getComponentCount() / 2;
        at.insets = new Insets(4, 4, 4, 4);
        at.anchor = GridBagConstraints.NORTHWEST;
        JLabel name = new JLabel(label);
        name.setLabelFor(field);
        panel.add(name, at);
        at.gridx = 1;
        at.weightx = 1;
        at.fill = GridBagConstraints.HORIZONTAL;
        panel.add(field, at);
    }

    private void accept() {
        TermEntry entry;
        try {
            entry = new TermEntry(english.getText(), vietnamese.getText(), (TermStatus) status.getSelectedItem(),
                    note.getText());
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
            return;
        }
        Optional<String> refused = apply.apply(entry);
        if (refused.isPresent()) {
            problem.setText(refused.get());
        } else {
            dispose();
        }
    }
}
