package org.songngu.ui.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JMenu;
import javax.swing.JMenuItem;

/**
 * File ▸ Open Recent: the last projects opened or saved, most recent first. A project that is gone
 * when chosen is taken off the list, and the user is told.
 */
final class RecentProjectsMenu extends JMenu {

    private final Settings settings;
    private final Consumer<Path> open;
    private final Consumer<String> report;

    /**
     * @param open opens a project that still exists
     * @param report shows a one-line message
     */
    RecentProjectsMenu(Settings settings, Consumer<Path> open, Consumer<String> report) {
        Texts.text(this, () -> Messages.get("menu.file.recent"));
        this.settings = settings;
        this.open = open;
        this.report = report;
        setName("menu.file.recent");
        rebuild();
    }

    /** Puts a project just opened or saved at the top. */
    void opened(Path project) {
        settings.addRecentProject(project);
        save();
        rebuild();
    }

    private void choose(Path project) {
        if (Files.isRegularFile(project)) {
            open.accept(project);
            return;
        }
        settings.removeRecentProject(project);
        save();
        rebuild();
        report.accept(Messages.get("status.recentMissing", project));
    }

    private void save() {
        try {
            settings.save();
        } catch (IOException e) {
            report.accept(Messages.get("status.settingsNotSaved", e.getMessage()));
        }
    }

    private void rebuild() {
        removeAll();
        List<Path> recent = settings.recentProjects();
        for (int i = 0; i < recent.size(); i++) {
            Path project = recent.get(i);
            JMenuItem item = new JMenuItem((i + 1) + "  " + project.getFileName());
            item.setName("menu.file.recent." + (i + 1));
            item.setToolTipText(project.toString());
            if (i < 9) {
                item.setMnemonic('1' + i);
            }
            item.addActionListener(event -> choose(project));
            add(item);
        }
        setEnabled(!recent.isEmpty());
    }
}
