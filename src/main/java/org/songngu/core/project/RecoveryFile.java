package org.songngu.core.project;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the autosaved copy of a project lives, and the operations on it. A project saved as
 * {@code novel.songngu.json} is recovered from {@code novel.recovery.json} beside it; a project
 * never saved is recovered from {@code unsaved-NAME.recovery.json} in a folder the caller chooses.
 * The timer that writes it belongs to the user interface.
 *
 * @param path the recovery file
 */
public record RecoveryFile(Path path) {

    /** The ending of every recovery file's name. */
    public static final String EXTENSION = ".recovery.json";

    private static final String UNSAVED_PREFIX = "unsaved-";

    public RecoveryFile {
        Objects.requireNonNull(path, "path");
        if (!path.getFileName().toString().endsWith(EXTENSION)) {
            throw new IllegalArgumentException("a recovery file's name must end in " + EXTENSION + ": " + path);
        }
    }

    /** The recovery file of a project saved at {@code projectFile}. */
    public static RecoveryFile forProject(Path projectFile) {
        String name = projectFile.getFileName().toString();
        String base = name.endsWith(ProjectFile.EXTENSION)
                ? name.substring(0, name.length() - ProjectFile.EXTENSION.length())
                : name;
        return new RecoveryFile(projectFile.resolveSibling(base + EXTENSION));
    }

    /**
     * The recovery file of a project that has no file yet, named after the project. Characters that
     * some file systems refuse are replaced, so any project name gives a usable file name.
     */
    public static RecoveryFile forUnsaved(Path folder, String projectName) {
        String safe = projectName.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return new RecoveryFile(folder.resolve(UNSAVED_PREFIX + (safe.isEmpty() ? "_" : safe) + EXTENSION));
    }

    /**
     * The recovery file of the project at {@code projectFile}, when one exists that was written
     * after the project was last saved (or the project file is gone); an older one is stale.
     */
    public static Optional<Path> findRecovery(Path projectFile) throws ProjectFileException {
        Path recovery = forProject(projectFile).path();
        try {
            if (!Files.isRegularFile(recovery)) {
                return Optional.empty();
            }
            if (!Files.exists(projectFile)) {
                return Optional.of(recovery);
            }
            boolean newer = Files.getLastModifiedTime(recovery).compareTo(Files.getLastModifiedTime(projectFile)) > 0;
            return newer ? Optional.of(recovery) : Optional.empty();
        } catch (NoSuchFileException e) {
            // Deleted between the checks, for instance by another window discarding it: nothing to recover.
            return Optional.empty();
        } catch (IOException e) {
            throw new ProjectFileException(recovery + ": could not be checked: " + ProjectFile.describe(e), e);
        }
    }

    /**
     * The recovery copies of projects never saved that lie in {@code folder}, newest first: what
     * is left after the workbench closed without saving a new alignment, for instance in a crash.
     */
    public static List<RecoveryFile> findUnsaved(Path folder) throws ProjectFileException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        Map<Path, FileTime> found = new HashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, UNSAVED_PREFIX + "*" + EXTENSION)) {
            for (Path file : files) {
                if (Files.isRegularFile(file)) {
                    found.put(file, Files.getLastModifiedTime(file));
                }
            }
        } catch (IOException e) {
            throw new ProjectFileException(folder + ": could not be searched for recovery copies: "
                    + ProjectFile.describe(e), e);
        }
        return found.keySet().stream()
                .sorted(Comparator.comparing(found::get, Comparator.reverseOrder()))
                .map(RecoveryFile::new)
                .toList();
    }

    /** Writes the project atomically, so a crash during autosave never spoils the previous recovery copy. */
    public void writeRecovery(Project project) throws ProjectFileException {
        ProjectFile.save(path, out -> ProjectFile.write(project, out), false);
    }

    /** Reads the recovery copy back. */
    public Project load() throws ProjectFileException {
        return ProjectFile.load(path);
    }

    /** Deletes the recovery copy, once the project is saved or the user declines to recover it. */
    public void discardRecovery() throws ProjectFileException {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new ProjectFileException(path + ": could not be deleted: " + ProjectFile.describe(e), e);
        }
    }
}
