package org.songngu.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.songngu.ui.qa.ListTableModel;

class TextsTest {

    /** The "language" the texts below are read in; a switch changes it and refreshes. */
    private final AtomicReference<String> language = new AtomicReference<>("en");

    @Test
    void refreshReadsEveryBoundTextAgainDeepInsideTheTree() throws Exception {
        AtomicReference<List<String>> before = new AtomicReference<>();
        AtomicReference<List<String>> after = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            JLabel label = Texts.text(new JLabel(), () -> say("Find:", "Tìm:"));
            JButton button = Texts.text(new JButton(), () -> say("Refresh", "Làm mới"));
            JTextField field = Texts.placeholder(new JTextField(), () -> say("Filter terms", "Lọc thuật ngữ"));
            JTabbedPane tabs = new JTabbedPane();
            tabs.addTab("", new JPanel());
            tabs.addTab("", new JPanel());
            Texts.tabTitles(tabs, List.of(() -> say("Glossary", "Thuật ngữ"), () -> say("QA", "Kiểm tra")));
            JTable table = new JTable(new ListTableModel<String>(
                    new ListTableModel.Column<>(() -> say("Detail", "Chi tiết"), String.class, s -> s)));
            JMenuBar bar = new JMenuBar();
            JMenu menu = Texts.text(new JMenu(), () -> say("View", "Hiển thị"));
            JMenu submenu = Texts.text(new JMenu(), () -> say("Language", "Ngôn ngữ"));
            JMenuItem item = Texts.text(new JMenuItem(), () -> say("Dark theme", "Giao diện tối"));
            submenu.add(item);
            menu.add(submenu);
            bar.add(menu);
            JPanel hidden = new JPanel();
            hidden.add(label);
            hidden.setVisible(false);
            JPanel root = new JPanel();
            root.add(bar);
            root.add(hidden);
            root.add(button);
            root.add(field);
            root.add(tabs);
            root.add(new JScrollPane(table));
            before.set(List.of(label.getText(), button.getText(), (String) field.getClientProperty("JTextField.placeholderText"),
                    tabs.getTitleAt(0), tabs.getTitleAt(1), (String) table.getColumnModel().getColumn(0).getHeaderValue(),
                    menu.getText(), submenu.getText(), item.getText()));
            language.set("vi");
            Texts.refresh(root);
            after.set(List.of(label.getText(), button.getText(), (String) field.getClientProperty("JTextField.placeholderText"),
                    tabs.getTitleAt(0), tabs.getTitleAt(1), (String) table.getColumnModel().getColumn(0).getHeaderValue(),
                    menu.getText(), submenu.getText(), item.getText()));
        });

        assertThat(before.get()).containsExactly("Find:", "Refresh", "Filter terms", "Glossary", "QA", "Detail", "View",
                "Language", "Dark theme");
        assertThat(after.get()).containsExactly("Tìm:", "Làm mới", "Lọc thuật ngữ", "Thuật ngữ", "Kiểm tra", "Chi tiết",
                "Hiển thị", "Ngôn ngữ", "Giao diện tối");
    }

    @Test
    void aTextBoundAgainReplacesTheOneBefore() throws Exception {
        AtomicReference<String> shown = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            JLabel summary = Texts.text(new JLabel(), () -> say("Not checked yet", "Chưa kiểm tra"));
            Texts.text(summary, () -> say("3 findings", "3 lỗi"));
            language.set("vi");
            Texts.refresh(summary);
            shown.set(summary.getText());
        });

        assertThat(shown.get()).isEqualTo("3 lỗi");
    }

    private String say(String english, String vietnamese) {
        return language.get().equals("vi") ? vietnamese : english;
    }
}
