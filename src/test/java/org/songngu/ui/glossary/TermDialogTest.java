package org.songngu.ui.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import javax.swing.JTextField;
import org.junit.jupiter.api.Test;

class TermDialogTest {

    @Test
    void aWordWiseSelectionLosesTheSpacesAndPunctuationAtItsEnds() {
        assertThat(selected("Truyền máu ngược (tái truyền máu) là", 17, 34)).isEqualTo("tái truyền máu");
        assertThat(selected("is a medical procedure in which", 5, 23)).isEqualTo("medical procedure");
    }

    @Test
    void punctuationInsideTheSelectionStays() {
        assertThat(selected("the patient's blood", 4, 14)).isEqualTo("patient's");
    }

    @Test
    void nothingSelectedOrOnlyPunctuationGivesNoTerm() {
        assertThat(selected("blood, plasma", 3, 3)).isEmpty();
        assertThat(selected("blood, plasma", 5, 7)).isEmpty();
    }

    private static String selected(String text, int start, int end) {
        JTextField field = new JTextField(text);
        field.select(start, end);
        return TermDialog.selectedWords(field);
    }
}
