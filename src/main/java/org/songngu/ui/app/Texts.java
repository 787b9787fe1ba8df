package org.songngu.ui.app;

import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.table.TableColumn;

/**
 * The one place that puts the UI's texts in the current language, so that switching it reaches
 * every window at once. A component's text is declared once, as a supplier reading
 * {@link Messages}: it is set now and again by {@link #refreshAll()} after each switch. Tables need
 * nothing: their column titles come from their models again and their cells are repainted.
 */
public final class Texts {

    /** The client property holding what sets a component's texts. */
    private static final String APPLY = "songngu.texts";
    /** FlatLaf's hint text in an empty field. */
    private static final String PLACEHOLDER = "JTextField.placeholderText";

    private Texts() {
    }

    /** Gives a button, check box or menu its text, now and after each switch of the language. */
    public static <T extends AbstractButton> T text(T button, Supplier<String> text) {
        bind(button, () -> button.setText(text.get()));
        return button;
    }

    /** Gives a label its text, now and after each switch of the language. */
    public static JLabel text(JLabel label, Supplier<String> text) {
        bind(label, () -> label.setText(text.get()));
        return label;
    }

    /** Gives an empty field its hint, now and after each switch of the language. */
    public static <T extends JComponent> T placeholder(T field, Supplier<String> text) {
        bind(field, () -> field.putClientProperty(PLACEHOLDER, text.get()));
        return field;
    }

    /** Titles the tabs in order, now and after each switch of the language. */
    public static void tabTitles(JTabbedPane tabs, List<Supplier<String>> titles) {
        bind(tabs, () -> {
            for (int i = 0; i < titles.size(); i++) {
                tabs.setTitleAt(i, titles.get(i).get());
            }
        });
    }

    /**
     * Runs {@code apply} now and after each switch of the language, for texts the helpers above do
     * not cover (a window's title, actions' names). It replaces what was bound to the component before.
     */
    public static void bind(JComponent component, Runnable apply) {
        apply.run();
        component.putClientProperty(APPLY, apply);
    }

    /** Puts every text of every open window in the current language; on the event thread. */
    public static void refreshAll() {
        for (Window window : Window.getWindows()) {
            if (window.isDisplayable()) {
                refresh(window);
                window.revalidate();
                window.repaint();
            }
        }
    }

    /** Puts the texts of {@code root} and everything in it, menus included, in the current language. */
    static void refresh(Component root) {
        if (root instanceof JComponent component && component.getClientProperty(APPLY) instanceof Runnable apply) {
            apply.run();
        }
        if (root instanceof JTable table) {
            retitle(table);
        }
        if (root instanceof JMenu menu) {
            // A menu's items live in its popup, which is not among its children.
            for (Component item : menu.getMenuComponents()) {
                refresh(item);
            }
        }
        if (root instanceof Container container) {
            for (Component child : container.getComponents()) {
                refresh(child);
            }
        }
    }

    private static void retitle(JTable table) {
        for (TableColumn column : Collections.list(table.getColumnModel().getColumns())) {
            column.setHeaderValue(table.getModel().getColumnName(column.getModelIndex()));
        }
        if (table.getTableHeader() != null) {
            table.getTableHeader().resizeAndRepaint();
        }
        // Cells that are words (a row's status, a finding) are read from the model again when painted.
        table.repaint();
    }
}
