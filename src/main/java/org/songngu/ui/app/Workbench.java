package org.songngu.ui.app;

import java.nio.file.Path;
import javax.swing.SwingUtilities;

/** Opens the workbench window on the bundled seed documents. */
public final class Workbench {

    public static final Path SEED_ENGLISH = Path.of("seeds", "blood-retransfusion.en.txt");
    public static final Path SEED_VIETNAMESE = Path.of("seeds", "truyen-mau-nguoc.vi.txt");

    private Workbench() {
    }

    public static void open() {
        SwingUtilities.invokeLater(() -> {
            Theme.install(false);
            WorkbenchFrame frame = new WorkbenchFrame();
            frame.setVisible(true);
            frame.align(SEED_ENGLISH, SEED_VIETNAMESE);
        });
    }
}
