package org.songngu.core.tm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.Confidence;

class ExportRowsTest {

    @Test
    void writesConfidenceWithFourDecimalsAsFormatDoes() {
        AlignmentRow row = TmFixtures.river().alignment().row(0);
        for (double value : new double[] {0, 1, 0.05, 0.5, 0.97, 0.1, 0.0001, 0.0999, 0.12344, 0.99994, 0.99996, 1e-9}) {
            assertThat(ExportRows.confidence(row.withConfidence(new Confidence(value))))
                    .as("confidence %s", value).isEqualTo(String.format(Locale.ROOT, "%.4f", value));
        }
    }

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
