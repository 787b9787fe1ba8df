package org.songngu.core.project;

import java.time.Instant;
import java.util.Objects;
import org.songngu.core.align.Alignment;
import org.songngu.core.glossary.Glossary;

/**
 * A piece of alignment work as it is saved: the alignment of two documents, when it was started and
 * last changed, and the files the documents were read from.
 *
 * @param name what the user calls the project
 * @param englishSource the English source file as the user chose it (a path or a file name)
 * @param vietnameseSource the Vietnamese source file as the user chose it
 * @param glossary the project's terminology, empty when it has none
 */
public record Project(String name, Alignment alignment, Instant created, Instant modified, String englishSource,
        String vietnameseSource, Glossary glossary) {

    public Project {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(alignment, "alignment");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(englishSource, "englishSource");
        Objects.requireNonNull(vietnameseSource, "vietnameseSource");
        Objects.requireNonNull(glossary, "glossary");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a project name cannot be blank");
        }
        if (modified.isBefore(created)) {
            throw new IllegalArgumentException("a project cannot be modified (" + modified + ") before it was created ("
                    + created + ")");
        }
    }

    /** A project without a glossary. */
    public Project(String name, Alignment alignment, Instant created, Instant modified, String englishSource,
            String vietnameseSource) {
        this(name, alignment, created, modified, englishSource, vietnameseSource, Glossary.empty());
    }

    /** The same project with a changed alignment, stamped with the time of the change. */
    public Project withAlignment(Alignment newAlignment, Instant changed) {
        return new Project(name, newAlignment, created, changed, englishSource, vietnameseSource, glossary);
    }

    /** The same project with a changed glossary, stamped with the time of the change. */
    public Project withGlossary(Glossary newGlossary, Instant changed) {
        return new Project(name, alignment, created, changed, englishSource, vietnameseSource, newGlossary);
    }
}
