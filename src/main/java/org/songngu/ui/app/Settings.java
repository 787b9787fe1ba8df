package org.songngu.ui.app;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.songngu.core.io.AtomicFileWriter;

/**
 * What the workbench remembers between runs: the recent projects and the UI language, in
 * {@code settings.properties} under {@code $XDG_CONFIG_HOME/songngu} ({@code ~/.config/songngu}
 * without it). The system property {@value #FOLDER_PROPERTY} puts it elsewhere, as tests do.
 */
final class Settings {

    static final String FOLDER_PROPERTY = "songngu.configDir";
    /** How many recent projects the File menu lists. */
    static final int MAX_RECENT = 8;

    private static final System.Logger LOG = System.getLogger(Settings.class.getName());
    private static final String RECENT = "recent.";
    private static final String LANGUAGE = "language";

    private final Path file;
    private final Properties values;

    private Settings(Path file, Properties values) {
        this.file = file;
        this.values = values;
    }

    /** The user's settings; none if the file is missing or unreadable, which must not stop the workbench. */
    static Settings load() {
        return load(folder().resolve("settings.properties"));
    }

    static Settings load(Path file) {
        Properties values = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(in);
        } catch (NoSuchFileException e) {
            // First run.
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "ignoring unreadable settings " + file + ": " + e.getMessage());
            values.clear();
        }
        return new Settings(file, values);
    }

    static Path folder() {
        String configured = System.getProperty(FOLDER_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("songngu");
    }

    /** The recent projects, most recent first. */
    List<Path> recentProjects() {
        List<Path> recent = new ArrayList<>();
        for (int i = 1; i <= MAX_RECENT; i++) {
            String path = values.getProperty(RECENT + i);
            if (path != null && !path.isBlank()) {
                try {
                    recent.add(Path.of(path));
                } catch (InvalidPathException e) {
                    LOG.log(System.Logger.Level.WARNING, "ignoring recent project " + path + ": " + e.getMessage());
                }
            }
        }
        return recent;
    }

    /** Puts {@code opened} first in the recent projects, once, keeping at most {@value #MAX_RECENT}. */
    void addRecentProject(Path opened) {
        Path added = opened.toAbsolutePath().normalize();
        List<Path> recent = new ArrayList<>(List.of(added));
        recentProjects().stream().filter(p -> !p.toAbsolutePath().normalize().equals(added)).forEach(recent::add);
        setRecentProjects(recent);
    }

    void removeRecentProject(Path gone) {
        List<Path> recent = new ArrayList<>(recentProjects());
        recent.remove(gone);
        setRecentProjects(recent);
    }

    private void setRecentProjects(List<Path> recent) {
        for (int i = 1; i <= MAX_RECENT; i++) {
            if (i <= recent.size()) {
                values.setProperty(RECENT + i, recent.get(i - 1).toString());
            } else {
                values.remove(RECENT + i);
            }
        }
    }

    /** The language code chosen for the UI, such as "vi". */
    Optional<String> language() {
        return Optional.ofNullable(values.getProperty(LANGUAGE)).filter(code -> !code.isBlank());
    }

    void setLanguage(String code) {
        values.setProperty(LANGUAGE, code);
    }

    /** Writes the settings atomically, making the folder if needed. */
    void save() throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFileWriter.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            values.store(writer, "Song Ngữ workbench settings");
            writer.flush();
        }, false);
    }
}
