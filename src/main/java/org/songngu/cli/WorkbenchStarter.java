package org.songngu.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.songngu.core.document.DocumentReadException;
import org.songngu.core.document.DocumentReader;
import org.songngu.core.text.Language;

/** Opens the workbench on the bundled seeds; until the window exists, prints their segmentation. */
final class WorkbenchStarter {

    private WorkbenchStarter() {
    }

    static void start() {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        try {
            SegmentCommand.print(DocumentReader.read(Path.of("seeds", "blood-retransfusion.en.txt"), Language.EN), out);
            out.println();
            out.println("----");
            out.println();
            SegmentCommand.print(DocumentReader.read(Path.of("seeds", "truyen-mau-nguoc.vi.txt"), Language.VI), out);
        } catch (DocumentReadException e) {
            throw new UserError(e.getMessage());
        }
    }
}
