package org.songngu.core.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.songngu.core.align.AlignmentRow;

class ExportRowsTest {

    @Test
    void joinsTheSentencesOfASideWithTheChosenJoiner() {
        AlignmentRow twoSentences = TmFixtures.river().alignment().row(1);

        assertThat(ExportRows.text(twoSentences.english(), ExportOptions.defaults().withSentenceJoiner("\n")))
                .isEqualTo("It flows south.\nIt is old.");
        assertThat(ExportRows.text(twoSentences.vietnamese(), ExportOptions.defaults()))
                .isEqualTo("Nó chảy về phía nam, đã lâu đời.");
        assertThat(ExportRows.text(List.of(), ExportOptions.defaults())).isEmpty();
    }
}
