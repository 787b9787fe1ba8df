package org.songngu.core.glossary;

import java.util.Locale;

/** Whether a Vietnamese rendering is the one to use for its English term or one to avoid. */
public enum TermStatus {
    /** A rendering to use; an English term may have several. */
    APPROVED,
    /** A rendering not to use for that English term (a superseded or wrong synonym). */
    FORBIDDEN;

    /** The name written in files and shown to users: {@code approved}, {@code forbidden}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status with this label, ignoring case; empty when there is none. */
    public static java.util.Optional<TermStatus> fromLabel(String label) {
        for (TermStatus status : values()) {
            if (status.label().equalsIgnoreCase(label.strip())) {
                return java.util.Optional.of(status);
            }
        }
        return java.util.Optional.empty();
    }
}
