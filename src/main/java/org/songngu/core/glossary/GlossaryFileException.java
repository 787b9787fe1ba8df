package org.songngu.core.glossary;

/**
 * A glossary file could not be read or written; the message names the file, the line where there
 * is one, and the problem, and is what the user sees.
 */
public class GlossaryFileException extends Exception {

    public GlossaryFileException(String message) {
        super(message);
    }

    public GlossaryFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
