package org.songngu.core.project;

/**
 * A project file could not be read or written; the message names the file and the problem, and is
 * what the user sees.
 */
public class ProjectFileException extends Exception {

    public ProjectFileException(String message) {
        super(message);
    }

    public ProjectFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
