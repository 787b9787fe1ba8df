package org.songngu;

import java.awt.GraphicsEnvironment;
import org.songngu.cli.SongNguCommand;
import org.songngu.ui.app.Workbench;

/** Starts Song Ngữ: with no arguments the workbench window, with a subcommand the command line. */
public final class SongNgu {

    private SongNgu() {
    }

    public static void main(String[] args) {
        if (args.length == 0 && !GraphicsEnvironment.isHeadless()) {
            Workbench.open();
        } else {
            System.exit(SongNguCommand.run(args));
        }
    }
}
