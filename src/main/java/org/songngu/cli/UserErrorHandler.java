package org.songngu.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints a {@link UserError} as one line and exits with its code; anything else is a bug and
 * keeps its stack trace.
 */
final class UserErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult)
            throws Exception {
        if (ex instanceof UserError error) {
            commandLine.getErr().println("songngu: " + error.getMessage());
            return error.exitCode();
        }
        throw ex;
    }
}
