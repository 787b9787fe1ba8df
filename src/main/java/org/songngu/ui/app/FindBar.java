package org.songngu.ui.app;

import java.awt.FlowLayout;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.undo.UndoManager;

/**
 * The bar above the grid that finds rows by their text and replaces it: Enter in the find field
 * goes to the next match, Enter in the replace field replaces in the current row, Escape hides the
 * bar. Hidden until asked for, so it costs no room while reviewing.
 *
 * <p>Ctrl+Z and Ctrl+Y in its fields undo and redo the typing in the field, never an alignment
 * edit the user is not looking at.
 */
final class FindBar extends JPanel {

    /** What the bar asks for. */
    interface Finder {

        void findNext(String query, boolean ignoreDiacritics);

        /** Replaces in the current row if it matches, else goes to the next match. */
        void replace(String query, String replacement, boolean ignoreDiacritics);

        void replaceAll(String query, String replacement, boolean ignoreDiacritics);
    }

    private final JTextField field = new JTextField(24);
    private final JTextField replacement = new JTextField(18);
    private final JCheckBox ignoreDiacritics = Texts.text(new JCheckBox("", true),
            () -> Messages.get("find.ignoreDiacritics"));

    /** @param closed runs when Escape hides the bar, to give the focus back */
    FindBar(Finder finder, Runnable closed) {
        super(new FlowLayout(FlowLayout.LEADING, 8, 2));
        setName("find.bar");
        setBorder(BorderFactory.createEmptyBorder(2, 4, 2, 4));
        JLabel label = Texts.text(new JLabel(), () -> Messages.get("find.label"));
        label.setLabelFor(field);
        field.setName("find.field");
        field.addActionListener(event -> finder.findNext(field.getText(), ignoreDiacritics.isSelected()));
        JLabel replaceLabel = Texts.text(new JLabel(), () -> Messages.get("find.replaceLabel"));
        replaceLabel.setLabelFor(replacement);
        replacement.setName("find.replacement");
        Runnable replaceOne = () -> finder.replace(field.getText(), replacement.getText(), ignoreDiacritics.isSelected());
        replacement.addActionListener(event -> replaceOne.run());
        JButton replace = Texts.text(new JButton(), () -> Messages.get("find.replace"));
        replace.setName("find.replace");
        replace.addActionListener(event -> replaceOne.run());
        JButton replaceAll = Texts.text(new JButton(), () -> Messages.get("find.replaceAll"));
        replaceAll.setName("find.replaceAll");
        replaceAll.addActionListener(
                event -> finder.replaceAll(field.getText(), replacement.getText(), ignoreDiacritics.isSelected()));
        for (JTextField each : new JTextField[] {field, replacement}) {
            undoTypingIn(each);
            each.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "hideFindBar");
            each.getActionMap().put("hideFindBar", new AbstractAction() {
                @Override
                public void actionPerformed(ActionEvent event) {
                    setVisible(false);
                    closed.run();
                }
            });
        }
        ignoreDiacritics.setName("find.ignoreDiacritics");
        add(label);
        add(field);
        add(ignoreDiacritics);
        add(replaceLabel);
        add(replacement);
        add(replace);
        add(replaceAll);
        setVisible(false);
    }

    /**
     * Binds Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z to the field's own typing. Bound on the field itself,
     * they come before the window's bindings, which would undo an alignment edit instead.
     */
    private static void undoTypingIn(JTextField field) {
        UndoManager typing = new UndoManager();
        field.getDocument().addUndoableEditListener(typing);
        field.getActionMap().put("undoTyping", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent event) {
                if (typing.canUndo()) {
                    typing.undo();
                }
            }
        });
        field.getActionMap().put("redoTyping", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent event) {
                if (typing.canRedo()) {
                    typing.redo();
                }
            }
        });
        field.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke("ctrl Z"), "undoTyping");
        field.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke("ctrl Y"), "redoTyping");
        field.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke("ctrl shift Z"), "redoTyping");
    }

    /** Shows the bar with the last query selected, so that typing replaces it. */
    void open() {
        setVisible(true);
        revalidate();
        field.selectAll();
        field.requestFocusInWindow();
    }
}
