package org.songngu.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.RowStatus;
import org.songngu.core.document.Document;
import org.songngu.core.document.Sentence;

class SyntheticProjectTest {

    @Test
    void theSameSeedGivesTheSameProject() {
        assertThat(SyntheticProject.generate(500, 7)).isEqualTo(SyntheticProject.generate(500, 7));
        assertThat(SyntheticProject.generate(500, 7)).isNotEqualTo(SyntheticProject.generate(500, 8));
    }

    @Test
    void everySentenceStandsInItsDocumentAndInExactlyOneRow() {
        Project project = SyntheticProject.generate(2_000, 1);

        assertThat(project.alignment().size()).isEqualTo(2_000);
        assertThat(project.name()).isEqualTo("synthetic-2000");
        int english = 0;
        int vietnamese = 0;
        for (AlignmentRow row : project.alignment().rows()) {
            assertThat(row.isEmpty()).isFalse();
            assertStandsIn(project.alignment().english(), row.english());
            assertStandsIn(project.alignment().vietnamese(), row.vietnamese());
            english += row.english().size();
            vietnamese += row.vietnamese().size();
        }
        assertThat(project.alignment().english().sentenceCount()).isEqualTo(english);
        assertThat(project.alignment().vietnamese().sentenceCount()).isEqualTo(vietnamese);
    }

    @Test
    void rowsHaveTheShapesAndStatusesOfRealWork() {
        Project project = SyntheticProject.generate(10_000, 3);

        long oneToOne = project.alignment().rows().stream()
                .filter(r -> r.english().size() == 1 && r.vietnamese().size() == 1).count();
        long confirmed = project.alignment().rows().stream().filter(r -> r.status() == RowStatus.CONFIRMED).count();
        double meanEnglishLength = project.alignment().rows().stream().flatMap(r -> r.english().stream())
                .mapToInt(s -> s.text().length()).average().orElse(0);
        assertThat(oneToOne).isBetween(8_000L, 8_800L);
        assertThat(confirmed).isBetween(900L, 1_100L);
        assertThat(meanEnglishLength).isBetween(60.0, 200.0);
        assertThat(project.alignment().vietnamese().text()).contains("truyền máu");
    }

    @Test
    void aSavedSyntheticProjectLoadsBackEqual(@TempDir Path folder) throws ProjectFileException {
        Project project = SyntheticProject.generate(300, 5);
        Path file = folder.resolve("s" + ProjectFile.EXTENSION);

        ProjectFile.save(project, file);

        assertThat(ProjectFile.load(file)).isEqualTo(project);
    }

    @Test
    void aNegativeSizeIsRefused() {
        assertThatThrownBy(() -> SyntheticProject.generate(-1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a project cannot have -1 rows");
    }

    private static void assertStandsIn(Document document, java.util.List<Sentence> sentences) {
        for (Sentence sentence : sentences) {
            assertThat(document.text().substring(sentence.start(), sentence.end())).isEqualTo(sentence.text());
        }
    }
}
