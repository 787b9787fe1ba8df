package org.songngu.ui.app;

import java.awt.BorderLayout;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.WindowConstants;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.songngu.core.align.Aligner;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.Bead;
import org.songngu.core.align.Lexicon;
import org.songngu.core.align.RowStatus;
import org.songngu.core.align.SentenceSide;
import org.songngu.core.document.Document;
import org.songngu.core.document.DocumentReadException;
import org.songngu.core.document.DocumentReader;
import org.songngu.core.document.ReadOptions;
import org.songngu.core.edit.EditHistory;
import org.songngu.core.project.Project;
import org.songngu.core.project.ProjectFile;
import org.songngu.core.project.ProjectFileException;
import org.songngu.core.project.RecoveryFile;
import org.songngu.core.text.Language;
import org.songngu.ui.action.Command;
import org.songngu.ui.action.CommandActions;
import org.songngu.ui.grid.AlignmentGridPanel;
import org.songngu.ui.task.TaskRunner;

/** The workbench window: the alignment grid with its menus, key bindings and a status bar. */
public final class WorkbenchFrame extends JFrame {

    private static final Duration AUTOSAVE_INTERVAL = Duration.ofMinutes(1);

    private final JLabel summary = new JLabel(" ");
    private final JLabel message = new JLabel(" ");
    private final CommandActions actions = new CommandActions(this::perform);
    private final FindBar findBar = new FindBar(this::findNext, this::focusGrid);
    private final DocumentDrop documentDrop = new DocumentDrop(this::alignDropped);
    private final Autosave autosave;
    /** Where the last document was chosen, so that the Vietnamese one is looked for next to the English one. */
    private File documentFolder;
    private AlignmentEditor editor;
    /** The project as last opened or saved, or before the first save one made up from the documents. */
    private Project project;
    /** Where the project was last opened from or saved to; null until the first save. */
    private Path projectFile;

    public WorkbenchFrame() {
        this(AUTOSAVE_INTERVAL);
    }

    /** A window that autosaves at {@code autosaveInterval}, which tests shorten. */
    WorkbenchFrame(Duration autosaveInterval) {
        super(Messages.get("app.title"));
        autosave = new Autosave(autosaveInterval, this::unsavedSnapshot, message::setText);
        setName("workbench");
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent event) {
                closeUnlessCancelled();
            }
        });
        setJMenuBar(menus());
        summary.setName("status.summary");
        message.setName("status.message");
        JPanel statusBar = new JPanel(new BorderLayout(16, 0));
        statusBar.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        statusBar.add(message, BorderLayout.CENTER);
        statusBar.add(summary, BorderLayout.EAST);
        getContentPane().add(statusBar, BorderLayout.SOUTH);
        getContentPane().add(findBar, BorderLayout.NORTH);
        actions.bindKeys(getRootPane());
        getRootPane().setTransferHandler(documentDrop);
        updateState();
        setSize(1200, 800);
        setLocationByPlatform(true);
        autosave.start();
    }

    /**
     * Stops autosaving; the recovery copy stays, since only a save or the user dropping the changes
     * discards it. A crash never gets here, and leaves it too.
     */
    @Override
    public void dispose() {
        autosave.stop();
        super.dispose();
    }

    /** Two documents to align, with the files they were read from. */
    private record Sides(Path englishFile, Document english, Path vietnameseFile, Document vietnamese) {
    }

    /** Reading the two documents, off the event thread. */
    @FunctionalInterface
    private interface SidesReader {

        Sides read() throws DocumentReadException;
    }

    /** Reads and aligns two documents off the event thread, then shows them in the grid. */
    public void align(Path english, Path vietnamese) {
        align(english, vietnamese, () -> new Sides(english, DocumentReader.read(english, Language.EN), vietnamese,
                DocumentReader.read(vietnamese, Language.VI)));
    }

    /**
     * Aligns two dropped documents, telling which is Vietnamese by its text; the user is asked
     * first whether to save the open alignment.
     */
    private void alignDropped(List<Path> files) {
        if (files.size() != 2) {
            message.setText(Messages.get("status.dropTwoDocuments"));
            return;
        }
        if (mayLeave()) {
            align(files.get(0), files.get(1), () -> bySide(files.get(0), files.get(1)));
        }
    }

    private static Sides bySide(Path first, Path second) throws DocumentReadException {
        Document one = DocumentReader.read(first, ReadOptions.detect());
        Document other = DocumentReader.read(second, ReadOptions.detect());
        if (one.language() == other.language()) {
            throw new DocumentReadException(Messages.get("drop.sameLanguage", first.getFileName(),
                    second.getFileName()));
        }
        return one.language() == Language.VI ? new Sides(second, other, first, one) : new Sides(first, one, second, other);
    }

    private void align(Path first, Path second, SidesReader reader) {
        String title = Messages.get("task.aligning", first.getFileName(), second.getFileName());
        TaskRunner.run(this, title, (progress, cancellation) -> {
            Sides sides = reader.read();
            Document en = sides.english();
            Document vi = sides.vietnamese();
            List<Bead> beads = new Aligner(Lexicon.builtIn()).align(SentenceSide.of(en), SentenceSide.of(vi), progress,
                    cancellation);
            return new Project(en.name() + " ↔ " + vi.name(), Alignment.of(en, vi, beads), Instant.now(), Instant.now(),
                    sides.englishFile().toString(), sides.vietnameseFile().toString());
        }, aligned -> show(aligned, null));
    }

    /**
     * Opens a saved project, offering first to restore changes autosaved after its last save; a file
     * that cannot be read is reported by its message, which names it.
     */
    public void open(Path file) {
        try {
            Project saved = ProjectFile.load(file);
            Optional<Project> recovered = recovered(file, saved.name());
            show(recovered.orElse(saved), file);
            if (recovered.isPresent()) {
                // Restored changes are on disk only in the recovery copy: the user must save to keep them.
                editor.history().markUnsaved();
                updateState();
            }
        } catch (ProjectFileException e) {
            showError(e.getMessage());
        }
    }

    /**
     * The autosaved copy of the project at {@code file}, when there is one newer than the file and the
     * user wants it back. No discards it; closing the question keeps it for the next time.
     */
    private Optional<Project> recovered(Path file, String name) throws ProjectFileException {
        Optional<Path> found = RecoveryFile.findRecovery(file);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RecoveryFile recovery = new RecoveryFile(found.get());
        int answer = JOptionPane.showConfirmDialog(this, Messages.get("dialog.recover", name), Messages.get("app.title"),
                JOptionPane.YES_NO_OPTION, JOptionPane.QUESTION_MESSAGE);
        if (answer == JOptionPane.NO_OPTION) {
            autosave.discard(recovery);
        }
        if (answer != JOptionPane.YES_OPTION) {
            return Optional.empty();
        }
        try {
            return Optional.of(recovery.load());
        } catch (ProjectFileException e) {
            // A spoilt copy must not keep the saved project from opening.
            showError(e.getMessage());
            return Optional.empty();
        }
    }

    /** On the event thread, the open project as edited, while it has unsaved changes, with where to autosave it. */
    private Optional<Autosave.Snapshot> unsavedSnapshot() {
        if (editor == null || !editor.history().isDirty()) {
            return Optional.empty();
        }
        return Optional.of(new Autosave.Snapshot(recoveryFile(),
                project.withAlignment(editor.history().current(), Instant.now())));
    }

    /** Where the open project is autosaved: beside its file, or in the projects folder while it has none. */
    private RecoveryFile recoveryFile() {
        return projectFile == null ? RecoveryFile.forUnsaved(folder(), project.name()) : RecoveryFile.forProject(projectFile);
    }

    /** Shows an alignment that is not in a project file yet. */
    public void show(Alignment alignment) {
        show(new Project(alignment.english().name() + " ↔ " + alignment.vietnamese().name(), alignment, Instant.now(),
                Instant.now(), alignment.english().name(), alignment.vietnamese().name()), null);
    }

    private void show(Project shown, Path file) {
        if (editor != null) {
            getContentPane().remove(editor.grid());
        }
        project = shown;
        projectFile = file;
        editor = new AlignmentEditor(shown.alignment(), message::setText, this::updateState);
        actions.bindKeys(editor.grid().table());
        editor.grid().table().setTransferHandler(documentDrop.over(editor.grid().table()));
        getContentPane().add(editor.grid(), BorderLayout.CENTER);
        message.setText(" ");
        updateState();
        revalidate();
        repaint();
    }

    public AlignmentGridPanel grid() {
        return editor == null ? null : editor.grid();
    }

    /** The edit history of the open alignment, or null while none is open. */
    public EditHistory history() {
        return editor == null ? null : editor.history();
    }

    private void perform(Command command) {
        switch (command) {
            case NEW_ALIGNMENT -> chooseAndAlign();
            case OPEN -> chooseAndOpen();
            case SAVE -> save();
            case SAVE_AS -> saveAs();
            case QUIT -> closeUnlessCancelled();
            case KEYBOARD_HELP -> KeyboardHelpDialog.show(this);
            case FIND -> findBar.open();
            default -> editor.perform(command);
        }
    }

    private void findNext(String query, boolean ignoreDiacritics) {
        if (editor != null) {
            editor.find(query, ignoreDiacritics);
        }
    }

    private void focusGrid() {
        if (editor != null) {
            editor.grid().table().requestFocusInWindow();
        }
    }

    private boolean isApplicable(Command command) {
        return switch (command) {
            case NEW_ALIGNMENT, OPEN, QUIT, KEYBOARD_HELP -> true;
            case SAVE, SAVE_AS, FIND -> editor != null;
            default -> editor != null && editor.isApplicable(command);
        };
    }

    private void updateState() {
        actions.enableWhere(this::isApplicable);
        if (editor == null) {
            setTitle(Messages.get("app.title"));
            return;
        }
        EditHistory history = editor.history();
        setTitle(Messages.get("app.title") + " — " + project.name() + (history.isDirty() ? " *" : ""));
        summary.setText(summary(history.current()));
        actions.get(Command.UNDO).putValue(Action.NAME, history.undoDescription()
                .map(what -> Messages.get("command.undoNamed", what)).orElse(Command.UNDO.label()));
        actions.get(Command.REDO).putValue(Action.NAME, history.redoDescription()
                .map(what -> Messages.get("command.redoNamed", what)).orElse(Command.REDO.label()));
    }

    /** Closes the window, first offering to save unsaved changes; Cancel keeps it open. */
    private void closeUnlessCancelled() {
        if (mayLeave()) {
            dispose();
        }
    }

    /**
     * Whether the open alignment may be left: it has no unsaved changes, or the user saved them or
     * chose to drop them.
     */
    private boolean mayLeave() {
        if (editor == null || !editor.history().isDirty()) {
            return true;
        }
        int answer = JOptionPane.showConfirmDialog(this, Messages.get("dialog.saveChanges", project.name()),
                Messages.get("app.title"), JOptionPane.YES_NO_CANCEL_OPTION, JOptionPane.QUESTION_MESSAGE);
        if (answer == JOptionPane.NO_OPTION) {
            autosave.discard(recoveryFile());
            return true;
        }
        return answer == JOptionPane.YES_OPTION && save();
    }

    private void chooseAndOpen() {
        if (!mayLeave()) {
            return;
        }
        JFileChooser chooser = chooser();
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            open(chooser.getSelectedFile().toPath());
        }
    }

    /** Asks for an English and a Vietnamese document and aligns them as a new, unsaved alignment. */
    private void chooseAndAlign() {
        if (!mayLeave()) {
            return;
        }
        Optional<Path> english = chooseDocument(Messages.get("dialog.chooseEnglish"));
        if (english.isEmpty()) {
            return;
        }
        chooseDocument(Messages.get("dialog.chooseVietnamese")).ifPresent(vietnamese -> align(english.get(), vietnamese));
    }

    private Optional<Path> chooseDocument(String title) {
        JFileChooser chooser = new JFileChooser(documentFolder);
        chooser.setName("dialog.document");
        chooser.setDialogTitle(title);
        chooser.setFileFilter(new FileNameExtensionFilter(Messages.get("dialog.documents"), "txt", "docx", "html", "htm"));
        if (chooser.showOpenDialog(this) != JFileChooser.APPROVE_OPTION) {
            return Optional.empty();
        }
        documentFolder = chooser.getCurrentDirectory();
        return Optional.of(chooser.getSelectedFile().toPath());
    }

    /** Saves to the project's file, asking for one the first time; false if nothing was saved. */
    private boolean save() {
        return projectFile == null ? saveAs() : saveTo(projectFile);
    }

    private boolean saveAs() {
        JFileChooser chooser = chooser();
        chooser.setSelectedFile(folder().resolve(defaultName() + ProjectFile.EXTENSION).toFile());
        if (chooser.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
            return false;
        }
        Path file = chooser.getSelectedFile().toPath();
        if (!file.getFileName().toString().endsWith(ProjectFile.EXTENSION)) {
            file = file.resolveSibling(file.getFileName() + ProjectFile.EXTENSION);
        }
        return saveTo(file);
    }

    private boolean saveTo(Path file) {
        Project saved = project.withAlignment(editor.history().current(), Instant.now());
        if (projectFile == null) {
            // The first save names the project after its file, as the user chose it.
            String fileName = file.getFileName().toString();
            saved = new Project(fileName.substring(0, fileName.length() - ProjectFile.EXTENSION.length()),
                    saved.alignment(), saved.created(), saved.modified(), saved.englishSource(), saved.vietnameseSource(),
                    saved.glossary());
        }
        try {
            ProjectFile.save(saved, file);
        } catch (ProjectFileException e) {
            showError(e.getMessage());
            return false;
        }
        // The copy autosaved before this save, beside the old file or under the unsaved name, is now stale.
        autosave.discard(recoveryFile());
        project = saved;
        projectFile = file;
        editor.history().markSaved();
        updateState();
        return true;
    }

    /** The English document's name without its extensions: "blood-retransfusion.en.txt" gives "blood-retransfusion". */
    private String defaultName() {
        String english = editor.history().current().english().name();
        int dot = english.indexOf('.');
        return dot > 0 ? english.substring(0, dot) : english;
    }

    private JFileChooser chooser() {
        JFileChooser chooser = new JFileChooser(folder().toFile());
        chooser.setName("dialog.projectFile");
        chooser.setFileFilter(new FileNameExtensionFilter(Messages.get("dialog.projectFiles"), "json"));
        return chooser;
    }

    /** The folder projects go to, made on first use so that the chooser opens there. */
    private Path folder() {
        Path folder = Path.of(ProjectFile.DEFAULT_FOLDER).toAbsolutePath();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            return folder.getParent();
        }
        return folder;
    }

    private void showError(String text) {
        JOptionPane.showMessageDialog(this, text, Messages.get("app.title"), JOptionPane.ERROR_MESSAGE);
    }

    private static String summary(Alignment alignment) {
        List<AlignmentRow> rows = alignment.rows();
        long confirmed = rows.stream().filter(r -> r.status() == RowStatus.CONFIRMED).count();
        long oneToOne = rows.stream().filter(r -> r.english().size() == 1 && r.vietnamese().size() == 1).count();
        double mean = rows.stream().mapToDouble(r -> r.confidence().value()).average().orElse(0);
        return Messages.get("status.summary", rows.size(), percent(confirmed, rows.size()), percent(oneToOne, rows.size()),
                String.format(Locale.ROOT, "%.2f", mean));
    }

    private static String percent(long part, int whole) {
        return whole == 0 ? "0 %" : Math.round(100.0 * part / whole) + " %";
    }

    private JMenuBar menus() {
        JMenuBar bar = new JMenuBar();
        bar.add(menu("menu.file", Messages.get("menu.file"), Command.NEW_ALIGNMENT, Command.OPEN, Command.SAVE, Command.SAVE_AS, null,
                Command.QUIT));
        bar.add(menu("menu.edit", Messages.get("menu.edit"), Command.UNDO, Command.REDO, null, Command.EDIT_TEXT, Command.MERGE_WITH_NEXT,
                Command.MERGE_WITH_PREVIOUS, Command.SPLIT_ROW, null, Command.MOVE_ENGLISH_UP, Command.MOVE_ENGLISH_DOWN,
                Command.MOVE_VIETNAMESE_UP, Command.MOVE_VIETNAMESE_DOWN, null, Command.INSERT_EMPTY_ROW,
                Command.DELETE_EMPTY_ROW, null, Command.TOGGLE_CONFIRMED, Command.REALIGN));
        bar.add(menu("menu.navigate", Messages.get("menu.navigate"), Command.NEXT_LOW_CONFIDENCE,
                Command.PREVIOUS_LOW_CONFIDENCE, Command.NEXT_UNCONFIRMED, Command.GO_TO_ROW, null, Command.FIND));
        JMenu view = new JMenu(Messages.get("menu.view"));
        view.setName("menu.view");
        JCheckBoxMenuItem dark = new JCheckBoxMenuItem(Messages.get("menu.view.dark"));
        dark.setName("menu.view.dark");
        dark.addActionListener(event -> Theme.switchTo(dark.isSelected()));
        view.add(dark);
        bar.add(view);
        bar.add(menu("menu.help", Messages.get("menu.help"), Command.KEYBOARD_HELP));
        return bar;
    }

    /** A menu of commands; a null between them draws a separator. */
    private JMenu menu(String name, String text, Command... commands) {
        JMenu menu = new JMenu(text);
        menu.setName(name);
        for (Command command : commands) {
            if (command == null) {
                menu.addSeparator();
            } else {
                menu.add(actions.menuItem(command));
            }
        }
        return menu;
    }
}
