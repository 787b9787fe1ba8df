package org.songngu.ui.app;

import java.awt.Window;
import javax.swing.JDialog;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;
import org.songngu.ui.action.Command;

/** Lists every command with its keys, built from {@link Command} so it never falls behind the bindings. */
final class KeyboardHelpDialog {

    private KeyboardHelpDialog() {
    }

    static void show(Window owner) {
        DefaultTableModel model = new DefaultTableModel() {
            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
        JTable table = new JTable(model);
        table.setName("help.keyboard.table");
        JDialog dialog = new JDialog(owner);
        dialog.setName("help.keyboard");
        // The dialog may stay open while the language changes: its title and list follow.
        Texts.bind(table, () -> {
            dialog.setTitle(Messages.get("help.keyboard.title"));
            model.setColumnIdentifiers(
                    new Object[] {Messages.get("help.column.command"), Messages.get("help.column.keys")});
            model.setRowCount(0);
            for (Command command : Command.values()) {
                model.addRow(new Object[] {command.label(), command.keyStrokeText()});
            }
        });
        dialog.add(new JScrollPane(table));
        dialog.setSize(520, 600);
        dialog.setLocationRelativeTo(owner);
        dialog.setVisible(true);
    }
}
