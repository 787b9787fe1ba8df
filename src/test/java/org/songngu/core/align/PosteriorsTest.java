package org.songngu.core.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PosteriorsTest {

    @Test
    void aOneToOneRowIsKeptWhenAtLeastAsLikelyAsItsTwoSentencesAlone() {
        assertThat(Posteriors.keepsPair(0.60, 0.20 + 0.20, 2)).isTrue();
        assertThat(Posteriors.keepsPair(0.55, 0.30 + 0.30, 2)).isFalse();
    }

    @Test
    void aTwoToTwoRowMeetsTheSameBarAsAOneToOneRow() {
        // Four sentences each 30 % likely alone: together 1.2, which a row's probability can never reach.
        assertThat(Posteriors.keepsPair(0.70, 4 * 0.30, 4)).isTrue();
        assertThat(Posteriors.keepsPair(0.50, 4 * 0.30, 4)).isFalse();
    }

    @Test
    void aTwoToOneRowIsWeighedAgainstItsThreeSentencesMean() {
        assertThat(Posteriors.keepsPair(0.65, 3 * 0.30, 3)).isTrue();
        assertThat(Posteriors.keepsPair(0.55, 3 * 0.30, 3)).isFalse();
    }
}
