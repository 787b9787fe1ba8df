package org.songngu;

import org.songngu.cli.SongNguCommand;

/** Starts Song Ngữ: with no arguments the workbench, with a subcommand the command line. */
public final class SongNgu {

    private SongNgu() {
    }

    public static void main(String[] args) {
        System.exit(SongNguCommand.run(args));
    }
}
