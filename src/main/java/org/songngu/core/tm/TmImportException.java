package org.songngu.core.tm;

/**
 * A translation memory could not be read or imported; the message names the file, the line (and
 * column, for XML) and the problem on one line, and is what the user sees.
 */
public class TmImportException extends Exception {

    public TmImportException(String message) {
        super(message);
    }

    public TmImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
