package org.songngu.core.tm;

/** An export could not be written; the message names the file and the problem, and is what the user sees. */
public class TmExportException extends Exception {

    public TmExportException(String message) {
        super(message);
    }

    public TmExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
