package org.songngu.cli;

import java.nio.file.Path;
import org.songngu.core.glossary.GlossaryFile;
import org.songngu.core.glossary.GlossaryFileException;
import org.songngu.core.project.Project;
import org.songngu.core.project.ProjectFile;
import org.songngu.core.project.ProjectFileException;

/**
 * Loads a project and, when a glossary file is given, puts that file's glossary in place of the
 * project's: the file is the termbase the user asked to check against, and mixing two glossaries
 * would have to settle their conflicts silently.
 */
final class GlossaryInput {

    private GlossaryInput() {
    }

    static Project load(Path projectFile, Path glossaryFile) {
        Project project;
        try {
            project = ProjectFile.load(projectFile);
        } catch (ProjectFileException e) {
            throw new UserError(e.getMessage());
        }
        if (glossaryFile == null) {
            return project;
        }
        try {
            return project.withGlossary(GlossaryFile.read(glossaryFile), project.modified());
        } catch (GlossaryFileException e) {
            throw new UserError(e.getMessage());
        }
    }
}
