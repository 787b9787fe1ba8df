package org.songngu.core.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CueTest {

    @Test
    void aParagraphOfOneSentenceEndingInAWordOrNumberIsAHeading() {
        assertThat(heading("Chương 1", true, true)).isTrue();
        assertThat(heading("Truyền máu ngược ", true, true)).isTrue();
    }

    @Test
    void punctuationAtTheEndOrOtherSentencesInTheParagraphMakeItText() {
        assertThat(heading("Những ưu điểm chính của truyền máu ngược:", true, true)).isFalse();
        assertThat(heading("He went home.", true, true)).isFalse();
        assertThat(heading("Monday at the Hospital", true, false)).isFalse();
        assertThat(heading("Monday at the Hospital", false, true)).isFalse();
    }

    private static boolean heading(String text, boolean paragraphStart, boolean paragraphEnd) {
        return (Cue.of(text, paragraphStart, paragraphEnd) & Cue.HEADING.bit()) != 0;
    }
}
