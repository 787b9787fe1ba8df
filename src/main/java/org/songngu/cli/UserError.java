package org.songngu.cli;

/** A failure the user can fix (bad file, bad option); shown as one line, never a stack trace. */
final class UserError extends RuntimeException {

    private final int exitCode;

    UserError(String message) {
        this(message, SongNguCommand.EXIT_BAD_INPUT);
    }

    UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
