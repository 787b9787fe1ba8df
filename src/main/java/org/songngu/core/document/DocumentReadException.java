package org.songngu.core.document;

/** A document could not be read; the message names the file and what is wrong with it. */
public class DocumentReadException extends Exception {

    public DocumentReadException(String message) {
        super(message);
    }

    public DocumentReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
