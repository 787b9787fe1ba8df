package org.songngu.core.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.Confidence;
import org.songngu.core.align.RowId;
import org.songngu.core.align.RowStatus;
import org.songngu.core.document.Document;
import org.songngu.core.document.DocumentReader;
import org.songngu.core.document.Sentence;
import org.songngu.core.text.Language;

class TextReplacementTest {

    private static final Document EN = DocumentReader.fromText("r.en.txt",
            "Blood was given. The blood bag was checked. Blood again.", Language.EN);
    private static final Document VI = DocumentReader.fromText("r.vi.txt",
            "Truyền máu đã được thực hiện. Túi máu đã được kiểm tra. Lại truyền máu.", Language.VI);

    @Test
    void replaceAllChangesEveryUnconfirmedOccurrenceAsOneUndoableEditAndSkipsConfirmedRows() throws EditRejectedException {
        Alignment alignment = rows(RowStatus.UNCONFIRMED, RowStatus.UNCONFIRMED, RowStatus.CONFIRMED);

        TextReplacement.Outcome outcome = new TextReplacement("blood", "plasma", true).everywhere(alignment);

        assertThat(outcome.occurrences()).isEqualTo(2);
        assertThat(outcome.rows()).isEqualTo(2);
        assertThat(outcome.skippedConfirmedRows()).isEqualTo(1);
        EditHistory history = new EditHistory(alignment);
        history.perform(outcome.edit().orElseThrow());
        assertThat(english(history.current())).containsExactly("plasma was given.", "The plasma bag was checked.",
                "Blood again.");
        assertThat(history.undoDescription()).contains("Replace “blood” with “plasma” in 2 rows");
        history.undo();
        assertThat(history.current()).isEqualTo(alignment);
        assertThat(history.canUndo()).isFalse();
    }

    @Test
    void withoutDiacriticsTruyenMauReplacesTruyenMauKeepingTheRest() throws EditRejectedException {
        Alignment alignment = rows(RowStatus.UNCONFIRMED, RowStatus.UNCONFIRMED, RowStatus.UNCONFIRMED);

        TextReplacement.Outcome outcome = new TextReplacement("truyen mau", "tiếp máu", true).everywhere(alignment);

        Alignment after = outcome.edit().orElseThrow().apply(alignment).alignment();
        assertThat(vietnamese(after)).containsExactly("tiếp máu đã được thực hiện.", "Túi máu đã được kiểm tra.",
                "Lại tiếp máu.");
        assertThat(outcome.occurrences()).isEqualTo(2);
    }

    @Test
    void withDiacriticsTheQueryMustCarryThem() {
        Alignment alignment = rows(RowStatus.UNCONFIRMED, RowStatus.UNCONFIRMED, RowStatus.UNCONFIRMED);

        assertThat(new TextReplacement("truyen mau", "x", false).everywhere(alignment).edit()).isEmpty();
        assertThat(new TextReplacement("truyền máu", "x", false).everywhere(alignment).occurrences()).isEqualTo(2);
    }

    @Test
    void replacingInOneRowWorksOnAConfirmedRowTooAndTouchesNoOther() throws EditRejectedException {
        Alignment alignment = rows(RowStatus.UNCONFIRMED, RowStatus.UNCONFIRMED, RowStatus.CONFIRMED);

        TextReplacement.Outcome outcome = new TextReplacement("BLOOD", "Plasma", true).inRow(alignment, 2);

        Alignment after = outcome.edit().orElseThrow().apply(alignment).alignment();
        assertThat(english(after)).containsExactly("Blood was given.", "The blood bag was checked.", "Plasma again.");
        assertThat(after.row(2).status()).isEqualTo(RowStatus.CONFIRMED);
        assertThat(outcome.edit().orElseThrow().description(alignment)).isEqualTo("Replace “BLOOD” with “Plasma” in row 3");
    }

    @Test
    void everyOccurrenceInASentenceIsReplacedAndDecomposedMarksGoWithTheirLetter() {
        TextReplacement replacement = new TextReplacement("a", "o", true);

        assertThat(replacement.occurrences("Ba bà")).extracting(r -> r[0] + "-" + r[1]).containsExactly("1-2", "4-5");
        assertThat(replacement.occurrences("ba\u0300y")).extracting(r -> r[0] + "-" + r[1]).containsExactly("1-3");
    }

    @Test
    void aBlankQueryOrNoMatchGivesNoEdit() {
        Alignment alignment = rows(RowStatus.UNCONFIRMED, RowStatus.UNCONFIRMED, RowStatus.UNCONFIRMED);

        assertThat(new TextReplacement("  ", "x", true).everywhere(alignment))
                .isEqualTo(new TextReplacement.Outcome(java.util.Optional.empty(), 0, 0, 0));
        assertThat(new TextReplacement("zebra", "x", true).inRow(alignment, 0).edit()).isEmpty();
    }

    @Test
    void replacingASentenceWithNothingIsRejectedByTheEditAndChangesNothing() {
        Alignment alignment = rows(RowStatus.UNCONFIRMED, RowStatus.UNCONFIRMED, RowStatus.UNCONFIRMED);
        AlignmentEdit edit = new TextReplacement("blood again.", "", true).inRow(alignment, 2).edit().orElseThrow();

        EditHistory history = new EditHistory(alignment);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> history.perform(edit))
                .isInstanceOf(EditRejectedException.class)
                .hasMessage("English sentence 1 of row 3 cannot be blank: merge or move sentences instead");
        assertThat(history.current()).isEqualTo(alignment);
    }

    private static Alignment rows(RowStatus... statuses) {
        List<Sentence> en = EN.sentences();
        List<Sentence> vi = VI.sentences();
        List<AlignmentRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            rows.add(new AlignmentRow(new RowId(i), List.of(en.get(i)), List.of(vi.get(i)), statuses[i],
                    new Confidence(0.8)));
        }
        return new Alignment(EN, VI, rows, statuses.length);
    }

    private static List<String> english(Alignment alignment) {
        return alignment.rows().stream().map(r -> r.english().get(0).text()).toList();
    }

    private static List<String> vietnamese(Alignment alignment) {
        return alignment.rows().stream().map(r -> r.vietnamese().get(0).text()).toList();
    }
}
