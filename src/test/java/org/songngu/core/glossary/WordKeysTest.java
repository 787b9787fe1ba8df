package org.songngu.core.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordKeysTest {

    @Test
    void wordsAreFoundByTheirSpanInAnyText() {
        WordKeys keys = new WordKeys();
        keys.put("máu", "mau");
        keys.put("patients", "patient");

        String text = "Truyền máu cho patients.";
        assertThat(keys.get(text, 7, 10)).isEqualTo("mau");
        assertThat(keys.get(text, 15, 23)).isEqualTo("patient");
        assertThat(keys.get(text, 0, 6)).isNull();
        // A prefix or a longer span of a known word is another word.
        assertThat(keys.get(text, 15, 22)).isNull();
        assertThat(keys.get("patientsx", 0, 9)).isNull();
    }

    @Test
    void everyWordStaysFoundAsTheTableGrows() {
        WordKeys keys = new WordKeys();
        for (int i = 0; i < 5000; i++) {
            keys.put("word" + i, "key" + i);
        }
        for (int i = 0; i < 5000; i++) {
            String text = "a word" + i + " b";
            assertThat(keys.get(text, 2, text.length() - 2)).isEqualTo("key" + i);
        }
    }
}
