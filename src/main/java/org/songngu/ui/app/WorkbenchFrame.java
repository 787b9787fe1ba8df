package org.songngu.ui.app;

import java.awt.BorderLayout;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.swing.Action;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.WindowConstants;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.RowId;
import org.songngu.core.edit.AlignmentEdit;
import org.songngu.core.edit.EditHistory;
import org.songngu.core.edit.EditRejectedException;
import org.songngu.core.glossary.Glossary;
import org.songngu.core.project.Project;
import org.songngu.core.project.ProjectFile;
import org.songngu.core.project.ProjectFileException;
import org.songngu.core.project.RecoveryFile;
import org.songngu.ui.action.Command;
import org.songngu.ui.action.CommandActions;
import org.songngu.ui.glossary.TermDialog;
import org.songngu.ui.grid.AlignmentGridPanel;
import org.songngu.ui.grid.AlignmentTableModel;
import org.songngu.ui.qa.ConsistencyPanel;
import org.songngu.ui.task.TaskRunner;

/** The workbench window: the alignment grid with its menus, key bindings and a status bar. */
public final class WorkbenchFrame extends JFrame {

    private static final Duration AUTOSAVE_INTERVAL = Duration.ofMinutes(1);
    /**
     * Projects from this size on are read off the event thread behind a progress dialog: a
     * 100,000-row project (85 MB) takes seconds. Smaller ones read faster than a dialog could show.
     */
    private static final long READ_IN_BACKGROUND_BYTES = 4L << 20;

    private final StatusBar statusBar = new StatusBar();
    private final CommandActions actions = new CommandActions(this::perform);
    private final FindBar findBar = new FindBar(new FindBar.Finder() {
        @Override
        public void findNext(String query, boolean ignoreDiacritics) {
            if (editor != null) {
                editor.find(query, ignoreDiacritics);
            }
        }

        @Override
        public void replace(String query, String replacement, boolean ignoreDiacritics) {
            if (editor != null) {
                editor.replace(query, replacement, ignoreDiacritics);
            }
        }

        @Override
        public void replaceAll(String query, String replacement, boolean ignoreDiacritics) {
            if (editor != null) {
                editor.replaceAll(query, replacement, ignoreDiacritics);
            }
        }
    }, this::focusGrid);
    private final DocumentDrop documentDrop = new DocumentDrop(this::alignDropped);
    private final Autosave autosave;
    private final FileChoosers choosers = new FileChoosers(this);
    private final Settings settings = Settings.load();
    private final RecentProjectsMenu recent;
    /** The grid with the side panels beside it. */
    private final JPanel centre = new JPanel(new BorderLayout());
    private final TranslationMemories memories = new TranslationMemories(this, statusBar::say);
    private final SidePanels side = new SidePanels(this::openProject, this::glossaryChanged, this::goToRow,
            statusBar::say, centre::revalidate, this::focusGrid);
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
        autosave = new Autosave(autosaveInterval, this::unsavedSnapshot, statusBar::say);
        setName("workbench");
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent event) {
                closeUnlessCancelled();
            }
        });
        recent = new RecentProjectsMenu(settings, this::openRecent, statusBar::say);
        setJMenuBar(new WorkbenchMenus(actions, recent, new LanguageSwitch(settings, statusBar::say)).bar());
        getContentPane().add(statusBar, BorderLayout.SOUTH);
        getContentPane().add(findBar, BorderLayout.NORTH);
        centre.add(side.component(), BorderLayout.EAST);
        // In the window from the start, so that switching the language reaches the hidden side panels too.
        getContentPane().add(centre, BorderLayout.CENTER);
        actions.bindKeys(getRootPane());
        getRootPane().setTransferHandler(documentDrop);
        // The title, the commands' names, the question dialogs' buttons and the file choosers' texts
        // follow the UI language too.
        Texts.bind(getRootPane(), () -> {
            Dialogs.useLanguage();
            FileChooserTexts.useLanguage();
            actions.relabel();
            updateState();
        });
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

    /** Reads and aligns two documents off the event thread, then shows them in the grid. */
    public void align(Path english, Path vietnamese) {
        align(english, vietnamese, () -> DocumentPair.read(english, vietnamese));
    }

    /**
     * Aligns two dropped documents, telling which is Vietnamese by its text; the user is asked
     * first whether to save the open alignment.
     */
    private void alignDropped(List<Path> files) {
        if (files.size() != 2) {
            statusBar.say(Messages.get("status.dropTwoDocuments"));
            return;
        }
        if (mayLeave()) {
            align(files.get(0), files.get(1), () -> DocumentPair.bySide(files.get(0), files.get(1)));
        }
    }

    private void align(Path first, Path second, DocumentPair.Reader reader) {
        TaskRunner.run(this, () -> Messages.get("task.aligning", first.getFileName(), second.getFileName()), (progress, cancellation) -> reader.read().align(progress, cancellation),
                aligned -> show(aligned, null));
    }

    /**
     * Opens a saved project, offering first to restore changes autosaved after its last save; a file
     * that cannot be read is reported by its message, which names it.
     */
    public void open(Path file) {
        if (sizeOf(file) < READ_IN_BACKGROUND_BYTES) {
            try {
                opened(file, ProjectFile.load(file));
            } catch (ProjectFileException e) {
                showError(e.getMessage());
            }
            return;
        }
        TaskRunner.run(this, () -> Messages.get("task.opening", file.getFileName()),
                (progress, cancellation) -> ProjectFile.load(file), saved -> opened(file, saved));
    }

    private void opened(Path file, Project saved) {
        try {
            Optional<Project> recovered = recovered(file, saved.name());
            show(recovered.orElse(saved), file);
            recent.opened(file);
            if (recovered.isPresent()) {
                // Restored changes are on disk only in the recovery copy: the user must save to keep them.
                editor.history().markUnsaved();
                updateState();
            }
        } catch (ProjectFileException e) {
            showError(e.getMessage());
        }
    }

    /** The file's size, or 0 when it cannot be told: reading it then says what is wrong. */
    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Offers to restore the newest alignment that was never saved but left a recovery copy in
     * {@code folder}, as a crash does; true when it is restored and shown, unsaved. No discards the
     * copy; closing the question keeps it for the next start.
     */
    public boolean offerUnsavedRecovery(Path folder) {
        try {
            List<RecoveryFile> found = RecoveryFile.findUnsaved(folder);
            if (found.isEmpty()) {
                return false;
            }
            RecoveryFile newest = found.get(0);
            Project restored = newest.load();
            int answer = JOptionPane.showConfirmDialog(this, Messages.get("dialog.recoverUnsaved", restored.name()),
                    Messages.get("app.title"), JOptionPane.YES_NO_OPTION, JOptionPane.QUESTION_MESSAGE);
            if (answer == JOptionPane.NO_OPTION) {
                autosave.discard(newest);
            }
            if (answer != JOptionPane.YES_OPTION) {
                return false;
            }
            show(restored, null);
            editor.history().markUnsaved();
            updateState();
            return true;
        } catch (ProjectFileException e) {
            showError(e.getMessage());
            return false;
        }
    }

    private void openRecent(Path file) {
        if (mayLeave()) {
            open(file);
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
        return projectFile == null ? RecoveryFile.forUnsaved(FileChoosers.projectFolder(), project.name()) : RecoveryFile.forProject(projectFile);
    }

    /** Shows an alignment that is not in a project file yet. */
    public void show(Alignment alignment) {
        show(new Project(alignment.english().name() + " ↔ " + alignment.vietnamese().name(), alignment, Instant.now(),
                Instant.now(), alignment.english().name(), alignment.vietnamese().name()), null);
    }

    /** Shows a project read from {@code file}, or not saved yet when that is null. */
    void show(Project shown, Path file) {
        if (editor != null) {
            centre.remove(editor.grid());
        }
        project = shown;
        projectFile = file;
        editor = new AlignmentEditor(shown.alignment(), statusBar::say, this::updateState, this::glossary);
        actions.bindKeys(editor.grid().table());
        editor.grid().table().setTransferHandler(documentDrop.over(editor.grid().table()));
        editor.grid().useGlossary(shown.glossary());
        editor.history().addListener(change -> side.alignmentChanged());
        side.projectShown(shown.glossary());
        centre.add(editor.grid(), BorderLayout.CENTER);
        statusBar.say(" ");
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

    /** The glossary of the open project, empty while none is open. */
    public Glossary glossary() {
        return project == null ? Glossary.empty() : project.glossary();
    }

    /**
     * Keeps a glossary edited in the panel in the project. Glossary edits are not steps of the
     * alignment's undo history: they count as unsaved changes until the next save.
     */
    private void glossaryChanged(Glossary glossary) {
        if (editor == null) {
            return;
        }
        project = project.withGlossary(glossary, Instant.now());
        editor.grid().useGlossary(glossary);
        side.glossaryChanged(glossary);
        editor.history().markUnsaved();
        updateState();
    }

    /** The open project as the QA and terms panels see it, or null while none is open. */
    private ConsistencyPanel.Workbench openProject() {
        if (editor == null) {
            return null;
        }
        AlignmentEditor open = editor;
        Glossary glossary = project.glossary();
        return new ConsistencyPanel.Workbench() {
            @Override
            public Alignment alignment() {
                return open.history().current();
            }

            @Override
            public Glossary glossary() {
                return glossary;
            }

            @Override
            public Set<RowId> selectedRows() {
                return Arrays.stream(open.grid().selectedRows()).mapToObj(i -> alignment().row(i).id())
                        .collect(Collectors.toSet());
            }

            @Override
            public Optional<String> perform(AlignmentEdit edit) {
                try {
                    open.history().perform(edit);
                    return Optional.empty();
                } catch (EditRejectedException e) {
                    return Optional.of(e.getMessage());
                }
            }
        };
    }

    private void goToRow(int row) {
        if (editor != null && row >= 0 && row < editor.history().current().size()) {
            editor.grid().select(row);
        }
    }

    /**
     * Opens the term dialog on the current row: the translator selects the English term and its
     * rendering in the row's text (Shift+arrows or the mouse) and confirms with Enter.
     */
    private void addTerm() {
        int row = editor.grid().currentRow();
        Optional<TermDialog.RowText> text = row < 0 ? Optional.empty() : Optional.of(new TermDialog.RowText(row + 1,
                String.valueOf(editor.grid().model().getValueAt(row, AlignmentTableModel.ENGLISH)),
                String.valueOf(editor.grid().model().getValueAt(row, AlignmentTableModel.VIETNAMESE))));
        side.addTerm(text);
        editor.grid().table().requestFocusInWindow();
    }

    private void perform(Command command) {
        switch (command) {
            case NEW_ALIGNMENT -> chooseAndAlign();
            case OPEN -> chooseAndOpen();
            case SAVE -> save();
            case SAVE_AS -> saveAs();
            case EXPORT -> export();
            case IMPORT -> chooseAndImport();
            case QUIT -> closeUnlessCancelled();
            case KEYBOARD_HELP -> KeyboardHelpDialog.show(this);
            case FIND -> findBar.open();
            case GLOSSARY -> side.toggleGlossary();
            case ADD_TERM -> addTerm();
            case QA -> side.showQa();
            case TERMS -> side.showTerms();
            case CANDIDATES -> side.showCandidates();
            default -> editor.perform(command);
        }
    }

    private void focusGrid() {
        if (editor != null) {
            editor.grid().table().requestFocusInWindow();
        }
    }

    private boolean isApplicable(Command command) {
        return switch (command) {
            case NEW_ALIGNMENT, OPEN, IMPORT, QUIT, KEYBOARD_HELP -> true;
            case SAVE, SAVE_AS, EXPORT, FIND, GLOSSARY, ADD_TERM, QA, TERMS, CANDIDATES -> editor != null;
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
        statusBar.summarize(history.current());
        // Worded here, on each change and each switch of the language, so that the names follow it.
        actions.get(Command.UNDO).putValue(Action.NAME, history.undoName()
                .map(what -> Messages.get("command.undoNamed", EditText.name(what))).orElse(Command.UNDO.label()));
        actions.get(Command.REDO).putValue(Action.NAME, history.redoName()
                .map(what -> Messages.get("command.redoNamed", EditText.name(what))).orElse(Command.REDO.label()));
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

    private void chooseAndImport() {
        if (mayLeave()) {
            choosers.translationMemory().ifPresent(this::importMemory);
        }
    }

    /**
     * Reads a translation memory off the event thread into a new project of its units, shown
     * unsaved for review; a file that cannot be read is reported by a message naming it.
     */
    public void importMemory(Path file) {
        memories.importFrom(file, imported -> {
            show(imported, null);
            // Nothing of it is on disk as a project yet: closing must offer to save it.
            editor.history().markUnsaved();
            updateState();
        });
    }

    private void export() {
        String name = projectFile == null ? defaultName() : project.name();
        memories.export(project.withAlignment(editor.history().current(), Instant.now()), name);
    }

    private void chooseAndOpen() {
        if (!mayLeave()) {
            return;
        }
        choosers.projectToOpen().ifPresent(this::open);
    }

    /** Asks for an English and a Vietnamese document and aligns them as a new, unsaved alignment. */
    private void chooseAndAlign() {
        if (!mayLeave()) {
            return;
        }
        Optional<Path> english = choosers.document(Messages.get("dialog.chooseEnglish"));
        if (english.isEmpty()) {
            return;
        }
        choosers.document(Messages.get("dialog.chooseVietnamese")).ifPresent(vietnamese -> align(english.get(), vietnamese));
    }

    /** Saves to the project's file, asking for one the first time; false if nothing was saved. */
    private boolean save() {
        return projectFile == null ? saveAs() : saveTo(projectFile);
    }

    private boolean saveAs() {
        Optional<Path> file = choosers.projectToSave(defaultName());
        return file.isPresent() && saveTo(file.get());
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
        recent.opened(file);
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

    private void showError(String text) {
        JOptionPane.showMessageDialog(this, text, Messages.get("app.title"), JOptionPane.ERROR_MESSAGE);
    }
}
