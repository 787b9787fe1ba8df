package org.songngu.core.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MatchRatesTest {

    @Test
    void keysThatDifferNoMoreThanChanceShareTheOverallRate() {
        // Every key found its translation in 3 of 4 rows: no spread beyond sampling noise.
        int[] hits = {3, 3, 3, 3};
        int[] seen = {4, 4, 4, 4};

        assertThat(MatchRates.priorRows(0.75, hits, seen)).isInfinite();
        assertThat(MatchRates.measured(0.75, hits, seen).of(2)).isEqualTo(0.75);
    }

    @Test
    void thePriorWeightFollowsTheSpreadOfTheKeysRates() {
        // 200 keys each seen 4 times, half always found and half in 2 of 4 rows: overall 0.75.
        int[] hits = repeat(200, 4, 2);
        int[] seen = repeat(200, 4, 4);
        // Observed variance 0.0625 = 0.1875 · (1/4 + 3/4 · ρ), so ρ = 1/9 and the weight is 8 rows.
        assertThat(MatchRates.priorRows(0.75, hits, seen)).isCloseTo(8, within(1e-9));

        MatchRates rates = MatchRates.measured(0.75, hits, seen);
        assertThat(rates.of(0)).isCloseTo((4 + 8 * 0.75) / 12, within(1e-6));
        assertThat(rates.of(1)).isCloseTo((2 + 8 * 0.75) / 12, within(1e-6));
    }

    @Test
    void theSameSpreadAmongAFewKeysCouldBeChanceSoTheyShareTheOverallRate() {
        int[] hits = {4, 2, 4, 2};
        int[] seen = {4, 4, 4, 4};

        assertThat(MatchRates.priorRows(0.75, hits, seen)).isInfinite();
    }

    @Test
    void aKeysOwnRecordNeverOutweighsOneRowOfTheOverallRate() {
        // Keys always or never found: the spread is all real, which alone would trust each record fully.
        int[] hits = repeat(100, 0, 5);
        int[] seen = repeat(100, 5, 5);

        assertThat(MatchRates.priorRows(0.5, hits, seen)).isEqualTo(1);
        MatchRates rates = MatchRates.measured(0.5, hits, seen);
        assertThat(rates.of(0)).isCloseTo(0.5 / 6, within(1e-6));
        assertThat(rates.of(1)).isCloseTo(5.5 / 6, within(1e-6));
    }

    @Test
    void unmeasuredRatesAreUniform() {
        assertThat(MatchRates.uniform(0.6).of(17)).isEqualTo(0.6);
        assertThat(MatchRates.measured(0.6, new int[3], new int[3]).of(1)).isEqualTo(0.6);
    }

    /** {@code keys} values alternating between {@code even} and {@code odd}. */
    private static int[] repeat(int keys, int even, int odd) {
        int[] values = new int[keys];
        for (int key = 0; key < keys; key++) {
            values[key] = key % 2 == 0 ? even : odd;
        }
        return values;
    }
}
