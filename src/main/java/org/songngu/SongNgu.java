package org.songngu;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
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
            System.exit(inBatchJvm().orElseGet(() -> SongNguCommand.run(args)));
        }
    }

    /** The exit code of the command run in a batch JVM, or empty when this JVM is to run it. */
    private static Optional<Integer> inBatchJvm() {
        Optional<List<String>> command = BatchJvm.command();
        if (command.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(BatchJvm.run(command.get()));
        } catch (IOException e) {
            // The JVM could not be started again: this one does the work, only slower.
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(130);
        }
    }
}
