package org.songngu.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JRadioButtonMenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** View ▸ Language in a real window: the choice applies at once, is kept in the settings for the next start, and the user is told. */
@Tag("gui")
class LanguageMenuTest {

    @TempDir
    Path folder;
    private String configBefore;
    private java.util.Locale localeBefore;
    private WorkbenchFrame frame;

    @BeforeEach
    void openAWindow() throws Exception {
        localeBefore = java.util.Locale.getDefault();
        OnScreen.requireDisplay();
        configBefore = System.getProperty(Settings.FOLDER_PROPERTY);
        System.setProperty(Settings.FOLDER_PROPERTY, folder.toString());
        frame = OnScreen.onEdt(() -> {
            Theme.install(false);
            WorkbenchFrame opened = new WorkbenchFrame();
            opened.setVisible(true);
            return opened;
        });
    }

    @AfterEach
    void close() throws Exception {
        OnScreen.dispose(frame);
        java.util.Locale.setDefault(localeBefore);
        if (configBefore == null) {
            System.clearProperty(Settings.FOLDER_PROPERTY);
        } else {
            System.setProperty(Settings.FOLDER_PROPERTY, configBefore);
        }
    }

    @Test
    void choosingVietnameseKeepsItForTheNextStart() throws Exception {
        assertThat(OnScreen.onEdt(() -> item("en").isSelected())).isTrue();

        OnScreen.onEdt(() -> {
            item("vi").doClick();
            return null;
        });

        assertThat(OnScreen.onEdt(() -> ((JLabel) OnScreen.find(frame, "status.message")).getText()))
                .isEqualTo("Giao diện đã chuyển sang tiếng Việt");
        assertThat(Settings.load(folder.resolve("settings.properties")).language()).contains("vi");
        assertThat(OnScreen.onEdt(() -> item("vi").isSelected() && !item("en").isSelected())).isTrue();
    }

    private JRadioButtonMenuItem item(String code) {
        JMenu language = (JMenu) OnScreen.find(frame.getJMenuBar(), "menu.view.language");
        return (JRadioButtonMenuItem) java.util.Arrays.stream(language.getMenuComponents())
                .filter(c -> ("menu.view.language." + code).equals(c.getName())).findFirst().orElseThrow();
    }
}
