package org.songngu.ui.app;

import java.awt.FlowLayout;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.KeyStroke;

/**
 * The bar above the grid that finds rows by their text: Enter goes to the next match, Escape
 * hides the bar. Hidden until asked for, so it costs no room while reviewing.
 */
final class FindBar extends JPanel {

    /** What the bar asks for when the user presses Enter. */
    @FunctionalInterface
    interface Finder {

        void findNext(String query, boolean ignoreDiacritics);
    }

    private final JTextField field = new JTextField(30);
    private final JCheckBox ignoreDiacritics = new JCheckBox(Messages.get("find.ignoreDiacritics"), true);

    /** @param closed runs when Escape hides the bar, to give the focus back */
    FindBar(Finder finder, Runnable closed) {
        super(new FlowLayout(FlowLayout.LEADING, 8, 2));
        setName("find.bar");
        setBorder(BorderFactory.createEmptyBorder(2, 4, 2, 4));
        JLabel label = new JLabel(Messages.get("find.label"));
        label.setLabelFor(field);
        field.setName("find.field");
        field.addActionListener(event -> finder.findNext(field.getText(), ignoreDiacritics.isSelected()));
        field.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "hideFindBar");
        field.getActionMap().put("hideFindBar", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent event) {
                setVisible(false);
                closed.run();
            }
        });
        ignoreDiacritics.setName("find.ignoreDiacritics");
        add(label);
        add(field);
        add(ignoreDiacritics);
        setVisible(false);
    }

    /** Shows the bar with the last query selected, so that typing replaces it. */
    void open() {
        setVisible(true);
        revalidate();
        field.selectAll();
        field.requestFocusInWindow();
    }
}
