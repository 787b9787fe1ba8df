package org.songngu.ui.app;

import java.awt.Component;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.swing.JFileChooser;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.songngu.core.project.ProjectFile;
import org.songngu.core.tm.TranslationMemoryReader;

/** The file choosers of the workbench, each opening where the user is likely to look. */
final class FileChoosers {

    private final Component parent;
    /** Where the last document was chosen, so that the Vietnamese one is looked for next to the English one. */
    private File documentFolder;

    FileChoosers(Component parent) {
        this.parent = parent;
    }

    /** A project file to open, from the projects folder. */
    Optional<Path> projectToOpen() {
        JFileChooser chooser = projectChooser();
        return chooser.showOpenDialog(parent) == JFileChooser.APPROVE_OPTION
                ? Optional.of(chooser.getSelectedFile().toPath()) : Optional.empty();
    }

    /** Where to save a project, proposing {@code name} in the projects folder; the ending is added if left out. */
    Optional<Path> projectToSave(String name) {
        JFileChooser chooser = projectChooser();
        chooser.setSelectedFile(projectFolder().resolve(name + ProjectFile.EXTENSION).toFile());
        if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return Optional.empty();
        }
        Path file = chooser.getSelectedFile().toPath();
        if (!file.getFileName().toString().endsWith(ProjectFile.EXTENSION)) {
            file = file.resolveSibling(file.getFileName() + ProjectFile.EXTENSION);
        }
        return Optional.of(file);
    }

    /** A document to align, asked for with {@code title}. */
    Optional<Path> document(String title) {
        JFileChooser chooser = new JFileChooser(documentFolder);
        chooser.setName("dialog.document");
        chooser.setDialogTitle(title);
        chooser.setFileFilter(new FileNameExtensionFilter(Messages.get("dialog.documents"), "txt", "docx", "html", "htm"));
        if (chooser.showOpenDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return Optional.empty();
        }
        documentFolder = chooser.getCurrentDirectory();
        return Optional.of(chooser.getSelectedFile().toPath());
    }

    /** A translation memory to import, from the exports folder when there is one. */
    Optional<Path> translationMemory() {
        JFileChooser chooser = new JFileChooser(Path.of(TranslationMemories.EXPORT_FOLDER).toAbsolutePath().toFile());
        chooser.setName("dialog.translationMemory");
        chooser.setFileFilter(new FileNameExtensionFilter(Messages.get("dialog.translationMemories"),
                TranslationMemoryReader.FILE_ENDINGS));
        return chooser.showOpenDialog(parent) == JFileChooser.APPROVE_OPTION
                ? Optional.of(chooser.getSelectedFile().toPath()) : Optional.empty();
    }

    private JFileChooser projectChooser() {
        JFileChooser chooser = new JFileChooser(projectFolder().toFile());
        chooser.setName("dialog.projectFile");
        chooser.setFileFilter(new FileNameExtensionFilter(Messages.get("dialog.projectFiles"), "json"));
        return chooser;
    }

    /** The folder projects go to, made on first use so that the chooser opens there. */
    static Path projectFolder() {
        Path folder = Path.of(ProjectFile.DEFAULT_FOLDER).toAbsolutePath();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            return folder.getParent();
        }
        return folder;
    }
}
