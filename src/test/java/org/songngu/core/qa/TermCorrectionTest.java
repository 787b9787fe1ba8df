package org.songngu.core.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.RowId;
import org.songngu.core.edit.CompoundEdit;
import org.songngu.core.edit.EditName;
import org.songngu.core.edit.EditResult;
import org.songngu.core.glossary.Glossary;
import org.songngu.core.glossary.TermEntry;

class TermCorrectionTest {

    private static final TermEntry NGUOC = TermEntry.approved("retransfusion", "truyền máu ngược");
    private static final Glossary GLOSSARY = Glossary.of(List.of(NGUOC,
            TermEntry.forbidden("retransfusion", "tái truyền máu"),
            TermEntry.forbidden("retransfusion", "truyền máu lại"),
            TermEntry.forbidden("retransfusion", "truyền máu")));

    private static final Alignment ALIGNMENT = QaFixtures.rows(
            "Retransfusion works.", "Tái truyền máu hiệu quả, tức là truyền máu lại.",
            "Retransfusion again.", "Truyền máu ngược lần nữa.",
            "No such term here.", "Tái truyền máu ở đây không phải thuật ngữ.",
            "Retransfusion, said she.", "Bà ấy nói: truyền máu.");

    private final TermCorrection correction = TermCorrection.to(GLOSSARY, NGUOC);

    @Test
    void previewsEveryVariantInRowsWithTheEnglishTermKeepingTheFirstLettersCase() {
        assertThat(correction.preview(ALIGNMENT)).containsExactly(
                new TermCorrection.Change(1, new RowId(0), 0, "Tái truyền máu hiệu quả, tức là truyền máu lại.",
                        "Truyền máu ngược hiệu quả, tức là truyền máu ngược."),
                new TermCorrection.Change(4, new RowId(3), 0, "Bà ấy nói: truyền máu.", "Bà ấy nói: truyền máu ngược."));
    }

    @Test
    void previewsOnlyTheSelectedRows() {
        assertThat(correction.preview(ALIGNMENT, List.of(new RowId(3), new RowId(2))))
                .extracting(TermCorrection.Change::row).containsExactly(4);
    }

    @Test
    void appliesAsOneEditThatUndoesToAnEqualAlignment() throws Exception {
        CompoundEdit edit = correction.edit(correction.preview(ALIGNMENT)).orElseThrow();

        EditResult applied = edit.apply(ALIGNMENT);
        Alignment undone = applied.inverse().apply(applied.alignment()).alignment();

        assertThat(edit.description()).isEqualTo("Use 'truyền máu ngược' for 'retransfusion'");
        assertThat(edit.name(ALIGNMENT)).isEqualTo(new EditName.UseRendering("truyền máu ngược", "retransfusion"));
        assertThat(applied.alignment().row(0).vietnamese().get(0).text())
                .isEqualTo("Truyền máu ngược hiệu quả, tức là truyền máu ngược.");
        assertThat(applied.alignment().row(2)).isEqualTo(ALIGNMENT.row(2));
        assertThat(undone).isEqualTo(ALIGNMENT);
    }

    @Test
    void nothingToChangeGivesNoEdit() {
        assertThat(correction.edit(correction.preview(ALIGNMENT, List.of(new RowId(1))))).isEmpty();
    }

    @Test
    void onlyAnApprovedEntryCanBeChosen() {
        assertThatThrownBy(() -> TermCorrection.to(GLOSSARY, TermEntry.forbidden("retransfusion", "tái truyền máu")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'retransfusion' → 'tái truyền máu' is not an approved entry of the glossary");
    }
}
