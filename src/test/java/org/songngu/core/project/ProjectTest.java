package org.songngu.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProjectTest {

    @Test
    void withAlignmentKeepsCreationAndStampsTheChange() {
        Project project = SampleProjects.river();
        Instant changed = SampleProjects.MODIFIED.plusSeconds(5);

        Project result = project.withAlignment(SampleProjects.greeting().alignment(), changed);

        assertThat(result).isEqualTo(new Project("Dòng sông", SampleProjects.greeting().alignment(),
                SampleProjects.CREATED, changed, "/home/lan/texts/river-en.txt", "sông-vi.docx"));
    }

    @Test
    void projectCannotBeModifiedBeforeItWasCreated() {
        Project project = SampleProjects.river();

        assertThatThrownBy(() -> project.withAlignment(project.alignment(), Instant.parse("2026-01-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a project cannot be modified (2026-01-01T00:00:00Z) before it was created"
                        + " (2026-11-20T08:00:00Z)");
    }

    @Test
    void projectNameCannotBeBlank() {
        Project project = SampleProjects.river();

        assertThatThrownBy(() -> new Project(" ", project.alignment(), project.created(), project.modified(),
                project.englishSource(), project.vietnameseSource()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a project name cannot be blank");
    }
}
