package org.songngu.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JProgressBar;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.table.TableColumn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.RowStatus;
import org.songngu.ui.grid.AlignmentTableModel;
import org.songngu.ui.task.TaskRunner;

/**
 * View ▸ Language on the example project, through the real menus: every text switches at once
 * while the project, its unsaved edit, the selection and the open QA panel stay as they were.
 */
@Tag("gui")
class LanguageSwitchTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final int QA_DETAIL = 2;

    @TempDir
    Path folder;
    private String configBefore;
    private Locale localeBefore;
    private WorkbenchFrame frame;
    private Hands hands;

    @BeforeEach
    void openTheExampleProjectInEnglish() throws Exception {
        localeBefore = Locale.getDefault();
        configBefore = System.getProperty(Settings.FOLDER_PROPERTY);
        OnScreen.requireDisplay();
        System.setProperty(Settings.FOLDER_PROPERTY, folder.resolve("config").toString());
        Messages.use("en");
        hands = new Hands();
        frame = OnScreen.workbenchOnExampleCopy(folder);
    }

    @AfterEach
    void close() throws Exception {
        OnScreen.closeWithoutAsking(frame);
        Locale.setDefault(localeBefore);
        // Swing's dialog buttons are global: back to the language the other tests expect.
        OnScreen.onEdt(() -> {
            Dialogs.useLanguage();
            return null;
        });
        if (configBefore == null) {
            System.clearProperty(Settings.FOLDER_PROPERTY);
        } else {
            System.setProperty(Settings.FOLDER_PROPERTY, configBefore);
        }
    }

    @Test
    void switchingToVietnameseAndBackChangesTheTextsAndKeepsTheWork() throws Exception {
        Alignment opened = OnScreen.onEdt(() -> frame.history().current());
        hands.clickRow(grid(), 0);
        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_ENTER);
        OnScreen.await("the edit marks the project unsaved", WAIT, () -> frame.getTitle().endsWith(" *"));
        hands.clickRow(grid(), 4);
        hands.press(KeyEvent.VK_F9);
        OnScreen.await("the QA findings are listed", WAIT,
                () -> qaTable().isShowing() && qaTable().getRowCount() > 0 && qaTable().isFocusOwner());
        assertThat(OnScreen.onEdt(() -> qaTable().getValueAt(0, QA_DETAIL)))
                .isEqualTo("“procedure” without any of its approved renderings “thủ thuật” or “quy trình”");

        chooseLanguage("Tiếng Việt", "vi");

        assertThat(OnScreen.onEdt(() -> menu("menu.file").getText())).isEqualTo("Tệp");
        assertThat(OnScreen.onEdt(() -> menu("menu.edit").getText())).isEqualTo("Sửa");
        assertThat(OnScreen.onEdt(() -> header(grid(), AlignmentTableModel.ENGLISH))).isEqualTo("Tiếng Anh");
        assertThat(OnScreen.onEdt(() -> header(grid(), AlignmentTableModel.STATUS))).isEqualTo("Trạng thái");
        assertThat(OnScreen.onEdt(() -> qaTable().getValueAt(0, QA_DETAIL)))
                .isEqualTo("có “procedure” nhưng không có cách dịch đã duyệt nào: “thủ thuật” hoặc “quy trình”");
        assertThat(OnScreen.onEdt(() -> qaTable().getValueAt(0, 1))).isEqualTo("thiếu thuật ngữ");
        assertThat(OnScreen.onEdt(() -> header(qaTable(), QA_DETAIL))).isEqualTo("Chi tiết");
        assertThat(OnScreen.onEdt(() -> ((JTabbedPane) OnScreen.find(frame, "side.tabs")).getTitleAt(1)))
                .isEqualTo("Kiểm tra");
        assertThat(OnScreen.onEdt(() -> label("qa.summary").getText())).isEqualTo("10 lỗi trong 5 hàng");
        assertThat(OnScreen.onEdt(() -> label("status.message").getText())).isEqualTo("Giao diện đã chuyển sang tiếng Việt");
        assertThat(OnScreen.onEdt(() -> label("status.summary").getText())).startsWith("54 hàng · ");
        assertThat(OnScreen.onEdt(() -> menuItem("menu.file", "menu.command.save").getText())).isEqualTo("Lưu");
        assertThat(OnScreen.onEdt(() -> menuItem("menu.file", "menu.command.save").getAccelerator()))
                .isEqualTo(javax.swing.KeyStroke.getKeyStroke("ctrl S"));
        assertThat(OnScreen.onEdt(frame::getTitle)).isEqualTo("Song Ngữ — seeds *");
        assertThat(OnScreen.onEdt(() -> grid().getSelectedRow())).isEqualTo(4);
        assertThat(OnScreen.onEdt(() -> qaTable().isShowing())).isTrue();
        assertThat(Settings.load(folder.resolve("config").resolve("settings.properties")).language()).contains("vi");
        screenshot("language-vi.png");

        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_Z);
        OnScreen.await("Ctrl+Z undoes the edit made before the switch", WAIT,
                () -> !frame.getTitle().endsWith(" *") && frame.history().current().equals(opened));

        chooseLanguage("English", "en");

        assertThat(OnScreen.onEdt(() -> menu("menu.file").getText())).isEqualTo("File");
        assertThat(OnScreen.onEdt(() -> header(grid(), AlignmentTableModel.ENGLISH))).isEqualTo("English");
        assertThat(OnScreen.onEdt(() -> qaTable().getValueAt(0, QA_DETAIL)))
                .isEqualTo("“procedure” without any of its approved renderings “thủ thuật” or “quy trình”");
        assertThat(OnScreen.onEdt(() -> header(qaTable(), QA_DETAIL))).isEqualTo("Detail");
        assertThat(OnScreen.onEdt(() -> label("status.message").getText())).isEqualTo("The workbench is now in English");
        assertThat(OnScreen.onEdt(frame::getTitle)).isEqualTo("Song Ngữ — seeds");
        assertThat(Settings.load(folder.resolve("config").resolve("settings.properties")).language()).contains("en");
    }

    @Test
    void noEnglishTextIsLeftAnywhereInTheWindowAfterSwitchingToVietnamese() throws Exception {
        hands.clickRow(grid(), 2);
        hands.press(KeyEvent.VK_F9);
        OnScreen.await("the QA findings are listed", WAIT, () -> qaTable().isShowing() && qaTable().getRowCount() > 0);
        List<String> englishBefore = OnScreen.onEdt(() -> englishOnly(texts()));
        // The sweep must see the texts it looks for: in English, it finds many.
        assertThat(englishBefore).contains("File", "English", "Detail", "Refresh", "Filter terms", "Find:");

        chooseLanguage("Tiếng Việt", "vi");

        assertThat(OnScreen.onEdt(() -> englishOnly(texts()))).isEmpty();

        hands.press(KeyEvent.VK_SHIFT, KeyEvent.VK_F9);
        JTable report = OnScreen.onEdt(() -> (JTable) OnScreen.find(frame, "terms.table"));
        OnScreen.await("the consistency report is listed", WAIT, () -> report.isShowing() && report.getRowCount() > 0);
        assertThat(OnScreen.onEdt(() -> report.getValueAt(0, 2)))
                .isEqualTo("truyền máu ngược ×4, tái truyền máu ×1 (bị cấm), truyền máu trở lại ×1 (bị cấm)");
        assertThat(OnScreen.onEdt(() -> header(report, 2))).isEqualTo("Cách dịch tìm thấy");
        assertThat(OnScreen.onEdt(() -> label("terms.summary").getText())).isEqualTo("Tìm thấy 7 thuật ngữ trong bản gióng hàng");
        assertThat(OnScreen.onEdt(() -> englishOnly(texts()))).isEmpty();
    }

    @Test
    void aQuestionAskedAfterTheSwitchIsInVietnameseButtonsIncluded() throws Exception {
        hands.clickRow(grid(), 0);
        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_ENTER);
        OnScreen.await("the edit marks the project unsaved", WAIT, () -> frame.getTitle().endsWith(" *"));
        chooseLanguage("Tiếng Việt", "vi");

        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_Q);
        OnScreen.await("the close question is on screen", WAIT, () -> OnScreen.question() != null);
        List<String> texts = OnScreen.onEdt(() -> {
            List<String> found = new ArrayList<>();
            collect(OnScreen.question(), found);
            return found.stream().filter(t -> t != null && !t.isBlank()).toList();
        });
        assertThat(texts).contains("Lưu các thay đổi của seeds?", "Có", "Không", "Hủy");
        assertThat(englishOnly(texts)).isEmpty();
        hands.clickUntil("Cancel keeps the window open, unsaved",
                () -> Hands.middleOf(button(OnScreen.question(), "Hủy")),
                () -> OnScreen.question() == null && frame.isDisplayable() && frame.getTitle().endsWith(" *"));
    }

    @Test
    void undoAndRedoNamesAndTheFileChooserFollowTheSwitch() throws Exception {
        int upper = OnScreen.onEdt(() -> {
            Alignment shown = frame.history().current();
            for (int i = 0; i + 1 < shown.size(); i++) {
                if (shown.row(i).status() == RowStatus.UNCONFIRMED && shown.row(i + 1).status() == RowStatus.UNCONFIRMED) {
                    return i;
                }
            }
            throw new AssertionError("the example project has no two unconfirmed rows in a row to merge");
        });
        hands.clickRow(grid(), upper);
        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_M);
        OnScreen.await("Ctrl+M merges the rows", WAIT, () -> frame.getTitle().endsWith(" *"));
        String merged = "Gộp hàng " + (upper + 1) + " và " + (upper + 2);
        assertThat(OnScreen.onEdt(() -> menuItem("menu.edit", "menu.command.undo").getText()))
                .isEqualTo("Undo Merge rows " + (upper + 1) + " and " + (upper + 2));

        chooseLanguage("Tiếng Việt", "vi");

        assertThat(OnScreen.onEdt(() -> menuItem("menu.edit", "menu.command.undo").getText()))
                .isEqualTo("Hoàn tác " + merged);
        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_Z);
        OnScreen.await("Ctrl+Z undoes the merge", WAIT, () -> !frame.getTitle().endsWith(" *"));
        assertThat(OnScreen.onEdt(() -> menuItem("menu.edit", "menu.command.redo").getText()))
                .isEqualTo("Làm lại " + merged);
        assertThat(OnScreen.onEdt(() -> menuItem("menu.edit", "menu.command.undo").getText())).isEqualTo("Hoàn tác");

        hands.press(KeyEvent.VK_CONTROL, KeyEvent.VK_O);
        OnScreen.await("Ctrl+O shows the file chooser", WAIT, () -> chooserDialog() != null);
        javax.swing.JDialog dialog = OnScreen.onEdt(LanguageSwitchTest::chooserDialog);
        List<String> texts = OnScreen.onEdt(() -> {
            List<String> found = new ArrayList<>();
            collect(dialog, found);
            return found.stream().filter(t -> t != null && !t.isBlank()).toList();
        });
        assertThat(OnScreen.onEdt(dialog::getTitle)).isEqualTo("Mở");
        assertThat(texts).contains("Mở", "Hủy", "Tìm trong:", "Tên tệp:", "Loại tệp:", "Lên một cấp", "Tạo thư mục mới",
                "Danh sách", "Chi tiết", "Mở tệp đã chọn", "Đóng mà không chọn tệp nào");
        assertThat(englishOnly(texts)).isEmpty();
        screenshot(dialog.getRootPane(), "file-chooser-vi.png");

        hands.press(KeyEvent.VK_ESCAPE);
        OnScreen.await("Escape closes the file chooser", WAIT, () -> chooserDialog() == null);
        assertThat(OnScreen.onEdt(frame::isDisplayable)).isTrue();
    }

    /** The file chooser's dialog on screen, or null. */
    private static javax.swing.JDialog chooserDialog() {
        return Arrays.stream(java.awt.Window.getWindows())
                .filter(w -> w instanceof javax.swing.JDialog && w.isShowing())
                .map(w -> (javax.swing.JDialog) w)
                .filter(d -> OnScreen.find(d.getContentPane(), "dialog.projectFile") != null)
                .findFirst().orElse(null);
    }

    @Test
    void theKeyboardHelpLeftOpenFollowsTheSwitch() throws Exception {
        hands.clickRow(grid(), 0);
        hands.press(KeyEvent.VK_F1);
        OnScreen.await("the keyboard help is on screen", WAIT, () -> help() != null && help().isShowing());
        assertThat(OnScreen.onEdt(() -> help().getTitle())).isEqualTo("Keyboard shortcuts");

        chooseLanguage("Tiếng Việt", "vi");

        JTable keys = OnScreen.onEdt(() -> (JTable) OnScreen.find(help(), "help.keyboard.table"));
        assertThat(OnScreen.onEdt(() -> help().getTitle())).isEqualTo("Phím tắt");
        assertThat(OnScreen.onEdt(() -> List.of(header(keys, 0), header(keys, 1), keys.getValueAt(1, 0), keys.getValueAt(1, 1))))
                .containsExactly("Lệnh", "Phím", "Mở…", "Ctrl+O");
        assertThat(OnScreen.onEdt(() -> keys.getRowCount())).isEqualTo(org.songngu.ui.action.Command.values().length);
        OnScreen.dispose(help());
    }

    private static javax.swing.JDialog help() {
        return Arrays.stream(java.awt.Window.getWindows())
                .filter(w -> w instanceof javax.swing.JDialog && "help.keyboard".equals(w.getName()) && w.isDisplayable())
                .map(w -> (javax.swing.JDialog) w).findFirst().orElse(null);
    }

    private static AbstractButton button(Container root, String text) {
        for (Component child : root.getComponents()) {
            if (child instanceof AbstractButton button && text.equals(button.getText())) {
                return button;
            }
            if (child instanceof Container container) {
                AbstractButton found = button(container, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Opens View ▸ Language and clicks the language, as a person does, and waits until the menus show it. */
    @Test
    void aProgressDialogOnScreenTakesTheNewLanguageToo() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        OnScreen.onEdt(() -> {
            TaskRunner.run(frame, () -> Messages.get("task.checking"), (progress, cancellation) -> {
                // A bar that says how far it is stands still. A moving one keeps the event queue busy, and
                // the robot waits for an idle queue after every key and click.
                progress.progress(1, 2, "checking");
                release.await();
                return "done";
            }, result -> { });
            return null;
        });
        try {
            OnScreen.await("the progress dialog is shown, its bar still", WAIT, () -> progressDialog() != null
                    && !((JProgressBar) OnScreen.find(progressDialog(), "task.progress")).isIndeterminate());
            assertThat(OnScreen.onEdt(() -> progressDialog().getTitle())).isEqualTo("Checking the alignment");

            chooseLanguage("Tiếng Việt", "vi");

            assertThat(OnScreen.onEdt(() -> progressDialog().getTitle())).isEqualTo("Đang kiểm tra bản gióng hàng");
            assertThat(OnScreen.onEdt(() -> ((JLabel) OnScreen.find(progressDialog(), "task.heading")).getText()))
                    .isEqualTo("Đang kiểm tra bản gióng hàng");
            assertThat(OnScreen.onEdt(() -> ((AbstractButton) OnScreen.find(progressDialog(), "task.cancel")).getText()))
                    .isEqualTo("Hủy");
        } finally {
            release.countDown();
        }
        OnScreen.await("the progress dialog closes when the work is done", WAIT, () -> progressDialog() == null);
    }

    private static JDialog progressDialog() {
        return OnScreen.showingDialog("task.dialog");
    }

    private void chooseLanguage(String shownName, String code) throws Exception {
        String file = code.equals("vi") ? "Tệp" : "File";
        hands.click(OnScreen.onEdt(() -> menu("menu.view")));
        JMenu language = OnScreen.onEdt(() -> (JMenu) Arrays.stream(menu("menu.view").getMenuComponents())
                .filter(c -> "menu.view.language".equals(c.getName())).findFirst().orElseThrow());
        OnScreen.await("View ▸ Language is on screen", WAIT, language::isShowing);
        hands.click(language);
        Component item = OnScreen.onEdt(() -> Arrays.stream(language.getMenuComponents())
                .filter(c -> ("menu.view.language." + code).equals(c.getName())).findFirst().orElseThrow());
        OnScreen.await(shownName + " is on screen", WAIT, item::isShowing);
        assertThat(OnScreen.onEdt(() -> ((AbstractButton) item).getText())).isEqualTo(shownName);
        hands.click(item);
        OnScreen.await("the File menu reads " + file, WAIT, () -> menu("menu.file").getText().equals(file));
    }

    private JTable grid() {
        return frame.grid().table();
    }

    private JTable qaTable() {
        return (JTable) OnScreen.find(frame, "qa.table");
    }

    private JMenu menu(String name) {
        return (JMenu) OnScreen.find(frame.getJMenuBar(), name);
    }

    private javax.swing.JMenuItem menuItem(String menu, String name) {
        return (javax.swing.JMenuItem) Arrays.stream(menu(menu).getMenuComponents())
                .filter(c -> name.equals(c.getName())).findFirst().orElseThrow();
    }

    private JLabel label(String name) {
        return (JLabel) OnScreen.find(frame, name);
    }

    private static Object header(JTable table, int column) {
        return table.getColumnModel().getColumn(column).getHeaderValue();
    }

    /** Every text the window holds: title, menus, labels, buttons, hints, tooltips, tab titles, column titles. */
    private List<String> texts() {
        List<String> texts = new ArrayList<>();
        texts.add(frame.getTitle());
        collect(frame, texts);
        return texts;
    }

    private static void collect(Component component, List<String> texts) {
        if (component.getName() != null && component.getName().startsWith("menu.view.language.")) {
            // Each language is named in itself on purpose.
            return;
        }
        if (component instanceof AbstractButton button) {
            texts.add(button.getText());
        }
        if (component instanceof JLabel label) {
            texts.add(label.getText());
        }
        if (component instanceof JComponent swing) {
            texts.add(swing.getToolTipText());
            texts.add((String) swing.getClientProperty("JTextField.placeholderText"));
        }
        if (component instanceof JTabbedPane tabs) {
            for (int i = 0; i < tabs.getTabCount(); i++) {
                texts.add(tabs.getTitleAt(i));
            }
        }
        if (component instanceof JTable table) {
            for (TableColumn column : Collections.list(table.getColumnModel().getColumns())) {
                texts.add(String.valueOf(column.getHeaderValue()));
            }
            for (int column = 0; column < table.getColumnCount() && table.getRowCount() > 0; column++) {
                texts.add(String.valueOf(table.getValueAt(0, column)));
            }
        }
        if (component instanceof JMenu menu) {
            for (Component item : menu.getMenuComponents()) {
                collect(item, texts);
            }
        }
        if (component instanceof Container container) {
            for (Component child : container.getComponents()) {
                collect(child, texts);
            }
        }
    }

    /** The texts that are English messages, or made from one, that read differently in Vietnamese. */
    private static List<String> englishOnly(List<String> texts) throws IOException {
        Properties english = load("messages.properties");
        Properties vietnamese = load("messages_vi.properties");
        List<Pattern> patterns = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            String text = english.getProperty(key);
            if (!text.equals(vietnamese.getProperty(key))) {
                patterns.add(pattern(text));
            }
        }
        return texts.stream().filter(t -> t != null && !t.isBlank())
                .filter(t -> patterns.stream().anyMatch(p -> p.matcher(t).matches())).distinct().toList();
    }

    /** A message as a pattern: its arguments match anything. */
    private static Pattern pattern(String message) {
        StringBuilder regex = new StringBuilder();
        int depth = 0;
        StringBuilder literal = new StringBuilder();
        for (char c : message.replace("''", "'").toCharArray()) {
            if (c == '{') {
                if (depth == 0) {
                    regex.append(Pattern.quote(literal.toString())).append(".*");
                    literal.setLength(0);
                }
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (depth == 0) {
                literal.append(c);
            }
        }
        return Pattern.compile(regex.append(Pattern.quote(literal.toString())).toString(), Pattern.DOTALL);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/org/songngu/ui/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** The window as it paints itself, under target/screenshots, for a person to look at. */
    private void screenshot(String name) throws Exception {
        screenshot(frame.getRootPane(), name);
    }

    private static void screenshot(JComponent root, String name) throws Exception {
        BufferedImage image = OnScreen.onEdt(() -> {
            root.validate();
            BufferedImage painted = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = painted.createGraphics();
            root.paint(graphics);
            graphics.dispose();
            return painted;
        });
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        ImageIO.write(image, "png", target.resolve(name).toFile());
    }
}
