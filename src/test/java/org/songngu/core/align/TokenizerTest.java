package org.songngu.core.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void splitsWordsNumbersAndMarksCapitalisedWordsAfterTheFirst() {
        assertThat(Tokenizer.tokens("In 2024, Dr. Nguyễn gave 1,500 ml."))
                .containsExactly(
                        new Token("In", false, false),
                        new Token("2024", true, false),
                        new Token("Dr", false, true),
                        new Token("Nguyễn", false, true),
                        new Token("gave", false, false),
                        new Token("1,500", true, false),
                        new Token("ml", false, false));
    }

    @Test
    void aPossessiveIsTheWordItselfWhileContractionsStayWhole() {
        assertThat(Tokenizer.tokens("Bryan’s mother's house isn't o'clock"))
                .extracting(Token::text)
                .containsExactly("Bryan", "mother", "house", "isn't", "o'clock");
    }

}
