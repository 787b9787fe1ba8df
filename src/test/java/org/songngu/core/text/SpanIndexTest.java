package org.songngu.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpanIndexTest {

    @Test
    void wordsGetDenseIdsOnceAndAreFoundByTheirSpan() {
        SpanIndex index = new SpanIndex();
        assertThat(index.add("máu")).isZero();
        assertThat(index.add("patients")).isEqualTo(1);
        assertThat(index.add("máu")).isZero();

        String text = "Truyền máu cho patients.";
        assertThat(index.find(text, 7, 10)).isZero();
        assertThat(index.find(text, 15, 23)).isEqualTo(1);
        assertThat(index.find(text, 0, 6)).isEqualTo(SpanIndex.ABSENT);
        // A prefix or a longer span of a known word is another word.
        assertThat(index.find(text, 15, 22)).isEqualTo(SpanIndex.ABSENT);
        assertThat(index.find("patientsx", 0, 9)).isEqualTo(SpanIndex.ABSENT);
        assertThat(index.size()).isEqualTo(2);
        assertThat(index.word(1)).isEqualTo("patients");
    }

    @Test
    void everyWordKeepsItsIdAsTheTableGrows() {
        SpanIndex index = new SpanIndex();
        for (int i = 0; i < 5000; i++) {
            assertThat(index.add("word" + i)).isEqualTo(i);
        }
        for (int i = 0; i < 5000; i++) {
            String text = "a word" + i + " b";
            assertThat(index.find(text, 2, text.length() - 2)).isEqualTo(i);
        }
    }
}
