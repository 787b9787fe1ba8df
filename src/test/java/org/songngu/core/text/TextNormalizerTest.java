package org.songngu.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void composesCombiningTonesIntoPrecomposedLetters() {
        assertThat(TextNormalizer.normalize("Truye\u0302\u0300n ma\u0301u")).isEqualTo("Truyền máu");
    }

    @Test
    void composesEveryLineAfterTheFirstThatNeedsIt() {
        // "truyền" with the tone as a combining mark on lines 2 and 4, a mark that cannot compose on line 3.
        String decomposed = "truye\u0302\u0300n";
        String text = "Máu.\nMột " + decomposed + " máu.\nA\u0301 \u0301lone.\nHai " + decomposed + ".";

        assertThat(TextNormalizer.normalize(text))
                .isEqualTo("Máu.\nMột truyền máu.\nÁ \u0301lone.\nHai truyền.")
                .isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    @Test
    void turnsCrLfAndCrIntoLf() {
        assertThat(TextNormalizer.normalize("a\r\nb\rc\nd\r")).isEqualTo("a\nb\nc\nd\n");
    }

    @Test
    void turnsTabsAndNoBreakSpacesIntoSpaces() {
        assertThat(TextNormalizer.normalize("a\tb\u00A0c\u202Fd")).isEqualTo("a b c d");
    }

    @Test
    void removesZeroWidthCharactersAndByteOrderMarks() {
        assertThat(TextNormalizer.normalize("\uFEFFbệnh\u200B nhân\u200C\u200D\u2060")).isEqualTo("bệnh nhân");
    }

    @Test
    void turnsUnicodeLineAndParagraphSeparatorsIntoLineBreaks() {
        assertThat(TextNormalizer.normalize("a\u2028b\u2029c")).isEqualTo("a\nb\n\nc");
    }
}
