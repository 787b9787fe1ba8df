package org.songngu.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songngu.core.project.Project;
import org.songngu.core.project.ProjectFile;
import org.songngu.core.project.SyntheticProject;

/** File ▸ Open Recent in a real window: most recent first, kept across windows, a missing file taken off. */
@Tag("gui")
class RecentProjectsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path folder;
    private String configBefore;
    private WorkbenchFrame frame;
    private Path first;
    private Path second;

    @BeforeEach
    void twoProjects() throws Exception {
        OnScreen.requireDisplay();
        configBefore = System.getProperty(Settings.FOLDER_PROPERTY);
        System.setProperty(Settings.FOLDER_PROPERTY, folder.resolve("config").toString());
        first = save("first", 1);
        second = save("second", 2);
    }

    @AfterEach
    void close() throws Exception {
        OnScreen.dispose(frame);
        if (configBefore == null) {
            System.clearProperty(Settings.FOLDER_PROPERTY);
        } else {
            System.setProperty(Settings.FOLDER_PROPERTY, configBefore);
        }
    }

    @Test
    void projectsOpenedAreListedMostRecentFirstAndReopenFromTheMenu() throws Exception {
        frame = window();
        OnScreen.onEdt(() -> {
            frame.open(first);
            frame.open(second);
            return null;
        });
        assertThat(OnScreen.onEdt(this::recentItems)).containsExactly("1  second.songngu.json", "2  first.songngu.json");

        OnScreen.onEdt(() -> {
            recentItem(2).doClick();
            return null;
        });

        OnScreen.await("the first project is open", WAIT, () -> frame.getTitle().equals("Song Ngữ — first"));
        assertThat(OnScreen.onEdt(this::recentItems)).containsExactly("1  first.songngu.json", "2  second.songngu.json");
        OnScreen.dispose(frame);
        frame = window();
        assertThat(OnScreen.onEdt(this::recentItems)).as("a new window remembers them")
                .containsExactly("1  first.songngu.json", "2  second.songngu.json");
    }

    @Test
    void aProjectThatIsGoneIsTakenOffTheListWithAMessage() throws Exception {
        frame = window();
        OnScreen.onEdt(() -> {
            frame.open(second);
            frame.open(first);
            return null;
        });
        Files.delete(second);

        OnScreen.onEdt(() -> {
            recentItem(2).doClick();
            return null;
        });

        assertThat(OnScreen.onEdt(() -> ((JLabel) OnScreen.find(frame, "status.message")).getText()))
                .isEqualTo(second + " no longer exists: it is taken off the recent projects");
        assertThat(OnScreen.onEdt(this::recentItems)).containsExactly("1  first.songngu.json");
        assertThat(OnScreen.onEdt(frame::getTitle)).isEqualTo("Song Ngữ — first");
    }

    private WorkbenchFrame window() throws Exception {
        return OnScreen.onEdt(() -> {
            Theme.install(false);
            WorkbenchFrame opened = new WorkbenchFrame();
            opened.setVisible(true);
            return opened;
        });
    }

    private Path save(String name, long seed) throws Exception {
        Project made = SyntheticProject.generate(20, seed);
        Path file = folder.resolve(name + ProjectFile.EXTENSION);
        ProjectFile.save(new Project(name, made.alignment(), Instant.EPOCH, Instant.EPOCH, "en.txt", "vi.txt"), file);
        return file;
    }

    private JMenu recentMenu() {
        return (JMenu) OnScreen.find(frame.getJMenuBar(), "menu.file.recent");
    }

    private JMenuItem recentItem(int number) {
        return (JMenuItem) Arrays.stream(recentMenu().getMenuComponents())
                .filter(c -> ("menu.file.recent." + number).equals(c.getName())).findFirst().orElseThrow();
    }

    private java.util.List<String> recentItems() {
        return Arrays.stream(recentMenu().getMenuComponents()).map(c -> ((JMenuItem) c).getText()).toList();
    }
}
