package org.songngu.ui.app;

import javax.swing.JPanel;
import javax.swing.JLabel;
import javax.swing.JButton;
import java.awt.FlowLayout;
import java.awt.BorderLayout;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.KeyStroke;
import javax.swing.UIManager;

/** What every dialog of the workbench does alike. */
public final class Dialogs {

    private Dialogs() {
    }

    /**
     * Words the buttons of Swing's own message and question dialogs in the UI language, which Swing
     * does not know (it has no Vietnamese). Read when a dialog is made, so set again after a switch.
     */
    static void useLanguage() {
        UIManager.put("OptionPane.yesButtonText", Messages.get("dialog.yes"));
        UIManager.put("OptionPane.noButtonText", Messages.get("dialog.no"));
        UIManager.put("OptionPane.cancelButtonText", Messages.get("dialog.cancel"));
        UIManager.put("OptionPane.okButtonText", Messages.get("dialog.ok"));
    }

    /** Escape closes the dialog without doing anything, from wherever the focus is in it. */
    public static void closeOnEscape(JDialog dialog) {
        dialog.getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "cancel");
        dialog.getRootPane().getActionMap().put("cancel", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent event) {
                dialog.dispose();
            }
        });
    }

    /** A dialog's bottom line: what is wrong with the input, if anything, on the left; the buttons on the right. */
    public static JPanel footer(JLabel problem, JButton... buttons) {
        JPanel row = new JPanel(new FlowLayout(FlowLayout.TRAILING));
        for (JButton button : buttons) {
            row.add(button);
        }
        JPanel footer = new JPanel(new BorderLayout());
        footer.add(problem, BorderLayout.CENTER);
        footer.add(row, BorderLayout.EAST);
        return footer;
    }
}
