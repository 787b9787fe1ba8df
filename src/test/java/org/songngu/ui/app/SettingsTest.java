package org.songngu.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path folder;

    @Test
    void theMostRecentProjectComesFirstAndOnlyOnce() {
        Settings settings = Settings.load(folder.resolve("settings.properties"));

        settings.addRecentProject(folder.resolve("a.songngu.json"));
        settings.addRecentProject(folder.resolve("b.songngu.json"));
        settings.addRecentProject(folder.resolve("sub/../a.songngu.json"));

        assertThat(settings.recentProjects()).containsExactly(folder.resolve("a.songngu.json"),
                folder.resolve("b.songngu.json"));
    }

    @Test
    void atMostEightAreKeptDroppingTheOldest() {
        Settings settings = Settings.load(folder.resolve("settings.properties"));

        IntStream.rangeClosed(1, 10).forEach(i -> settings.addRecentProject(folder.resolve(i + ".songngu.json")));

        assertThat(settings.recentProjects()).hasSize(8).first().isEqualTo(folder.resolve("10.songngu.json"));
        assertThat(settings.recentProjects()).last().isEqualTo(folder.resolve("3.songngu.json"));
    }

    @Test
    void savedSettingsLoadBackWithVietnameseNamesAndTheLanguage() throws IOException {
        Path file = folder.resolve("config/songngu/settings.properties");
        Settings settings = Settings.load(file);
        settings.addRecentProject(folder.resolve("truyền máu.songngu.json"));
        settings.setLanguage("vi");

        settings.save();

        Settings loaded = Settings.load(file);
        assertThat(loaded.recentProjects()).containsExactly(folder.resolve("truyền máu.songngu.json"));
        assertThat(loaded.language()).contains("vi");
    }

    @Test
    void aRemovedProjectLeavesTheOthersInOrder() {
        Settings settings = Settings.load(folder.resolve("settings.properties"));
        List.of("a", "b", "c").forEach(name -> settings.addRecentProject(folder.resolve(name)));

        settings.removeRecentProject(folder.resolve("b"));

        assertThat(settings.recentProjects()).containsExactly(folder.resolve("c"), folder.resolve("a"));
    }

    @Test
    void aMissingOrDamagedFileGivesEmptySettings() throws IOException {
        assertThat(Settings.load(folder.resolve("none.properties")).recentProjects()).isEmpty();
        Path damaged = folder.resolve("damaged.properties");
        Files.writeString(damaged, "recent.1=\\uZZZZ\n");

        assertThat(Settings.load(damaged).recentProjects()).isEmpty();
        assertThat(Settings.load(damaged).language()).isEmpty();
    }

    @Test
    void theSystemPropertyChoosesTheFolder() {
        String before = System.getProperty(Settings.FOLDER_PROPERTY);
        try {
            System.setProperty(Settings.FOLDER_PROPERTY, folder.toString());
            assertThat(Settings.folder()).isEqualTo(folder);
        } finally {
            if (before == null) {
                System.clearProperty(Settings.FOLDER_PROPERTY);
            } else {
                System.setProperty(Settings.FOLDER_PROPERTY, before);
            }
        }
    }
}
