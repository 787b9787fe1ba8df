package org.songngu.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void numbersInBothConventionsShareAKey() {
        assertThat(Numbers.key("1,000", false)).isEqualTo(Numbers.key("1.000", true)).isEqualTo("1000");
        assertThat(Numbers.key("1.5", false)).isEqualTo(Numbers.key("1,5", true)).isEqualTo("1.5");
        assertThat(Numbers.key("15/01/2024", true)).isEqualTo("15/01/2024");
    }

    @Test
    void theThousandsMarkBeforeOtherThanThreeDigitsIsADecimalMark() {
        assertThat(Numbers.key("1.5", true)).isEqualTo(Numbers.key("1,5", false)).isEqualTo("1.5");
        assertThat(Numbers.key("12.345", true)).isEqualTo("12345");
        assertThat(Numbers.key("1.000.000,25", true)).isEqualTo(Numbers.key("1,000,000.25", false)).isEqualTo("1000000.25");
        assertThat(Numbers.key("3,1416", false)).isEqualTo("3.1416");
    }

    @Test
    void keysSkipDigitsInsideWordsAndTrailingPunctuation() {
        assertThat(Numbers.keys("COVID19 took 1,500 lives in 2020.", false)).containsExactly("1500", "2020");
        assertThat(Numbers.keys("Liều 2,5 mg, lúc 7:30, ngày 15/01.", true)).containsExactly("2.5", "7:30", "15/01");
    }

    @Test
    void aGroupEndsBeforeASeparatorThatNoDigitFollows() {
        assertThat(Numbers.groupEnd("12.5, then", 0)).isEqualTo(4);
        assertThat(Numbers.groupEnd("3. Next", 0)).isEqualTo(1);
    }
}
