package org.songngu.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishStemmerTest {

    @ParameterizedTest
    @CsvSource({
        "patients, patient", "transfused, transfuse", "transfusing, transfuse", "studies, study",
        "stopped, stop", "boxes, box", "hopes, hope", "making, make", "cells, cell",
        "runneth, run", "standeth, stand", "maketh, make", "cometh, come"
    })
    void regularInflectionsMeetTheirBaseForm(String inflected, String base) {
        assertThat(EnglishStemmer.stem(inflected)).isEqualTo(EnglishStemmer.stem(base));
    }

    @ParameterizedTest
    @CsvSource({"this", "is", "virus", "analysis", "blood", "class"})
    void wordsEndingInSThatAreNotPluralsKeepIt(String word) {
        assertThat(EnglishStemmer.stem(word)).isEqualTo(word);
    }

    @ParameterizedTest
    @CsvSource({"don’t, don't", "couldn’t, couldn't", "I’ll, I'll"})
    void aTypographicApostropheMeetsTheStraightOne(String typographic, String straight) {
        assertThat(EnglishStemmer.stem(typographic)).isEqualTo(EnglishStemmer.stem(straight));
    }
}
