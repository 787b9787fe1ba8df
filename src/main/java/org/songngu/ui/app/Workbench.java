package org.songngu.ui.app;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.SwingUtilities;
import org.songngu.core.project.ProjectFile;

/** Opens the workbench window on the example project, or on the seed documents aligned afresh. */
public final class Workbench {

    public static final Path SEED_ENGLISH = Path.of("seeds", "blood-retransfusion.en.txt");
    public static final Path SEED_VIETNAMESE = Path.of("seeds", "truyen-mau-nguoc.vi.txt");
    public static final Path EXAMPLE_PROJECT = Path.of(ProjectFile.DEFAULT_FOLDER, "seeds" + ProjectFile.EXTENSION);

    private Workbench() {
    }

    /** Shows the UI in the language the user chose last time, if any; otherwise in the system's. */
    static void useLanguage(Settings settings) {
        settings.language().ifPresent(Messages::use);
    }

    public static void open() {
        useLanguage(Settings.load());
        SwingUtilities.invokeLater(() -> {
            Theme.install(false);
            WorkbenchFrame frame = new WorkbenchFrame();
            frame.setVisible(true);
            if (frame.offerUnsavedRecovery(FileChoosers.projectFolder())) {
                return;
            }
            if (Files.exists(EXAMPLE_PROJECT)) {
                frame.open(EXAMPLE_PROJECT);
            } else {
                frame.align(SEED_ENGLISH, SEED_VIETNAMESE);
            }
        });
    }
}
