package org.songngu.core.project;

import java.time.Instant;
import java.util.Objects;
import org.songngu.core.align.Alignment;

/**
 * A piece of alignment work as it is saved: the alignment of two documents, when it was started and
 * last changed, and the files the documents were read from.
 *
 * @param name what the user calls the project
 * @param englishSource the English source file as the user chose it (a path or a file name)
 * @param vietnameseSource the Vietnamese source file as the user chose it
 */
public record Project(String name, Alignment alignment, Instant created, Instant modified, String englishSource,
        String vietnameseSource) {

    public Project {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(alignment, "alignment");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(englishSource, "englishSource");
        Objects.requireNonNull(vietnameseSource, "vietnameseSource");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a project name cannot be blank");
        }
        if (modified.isBefore(created)) {
            throw new IllegalArgumentException("a project cannot be modified (" + modified + ") before it was created ("
                    + created + ")");
        }
    }

    /** The same project with a changed alignment, stamped with the time of the change. */
    public Project withAlignment(Alignment newAlignment, Instant changed) {
        return new Project(name, newAlignment, created, changed, englishSource, vietnameseSource);
    }
}
