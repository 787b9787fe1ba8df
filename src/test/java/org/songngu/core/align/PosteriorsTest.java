package org.songngu.core.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
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

    /**
     * Two English and two Vietnamese sentences whose best single path is one 2–2 row, while most
     * of the probability lies on paths where the first English sentence translates the second
     * Vietnamese one and the other two stand alone, or join that pair as a 2–1 or 1–2 row.
     */
    @Test
    void aRejectedRowKeepsTheLikelyPairInsideIt() {
        float[][] scores = new float[3][];
        Window window = Window.full(2, 2);
        for (int i = 0; i <= 2; i++) {
            scores[i] = new float[3 * BeadType.values().length];
            for (int j = 0; j <= 2; j++) {
                for (BeadType type : BeadType.values()) {
                    boolean inside = i >= type.english() && j >= type.vietnamese();
                    scores[i][j * BeadType.values().length + type.ordinal()] = inside ? -20 : Float.NaN;
                }
            }
        }
        set(scores, BeadType.TWO_TWO, 2, 2, 0);
        set(scores, BeadType.ZERO_ONE, 0, 1, -0.3f);
        set(scores, BeadType.ONE_ONE, 1, 2, 0.2f);
        set(scores, BeadType.ONE_ZERO, 2, 2, -0.3f);
        set(scores, BeadType.TWO_ONE, 2, 2, -0.2f);
        set(scores, BeadType.ONE_TWO, 1, 2, -0.2f);

        List<Bead> rows = Posteriors.of(List.of(new Bead(0, 2, 0, 2, 0)), new ScoreTable(window, scores), 1);

        assertThat(rows).extracting(PosteriorsTest::shape).containsExactly("[]:[0]", "[0]:[1]", "[1]:[]");
        assertThat(rows.get(1).confidence()).isBetween(0.2, 0.3);
    }

    private static void set(float[][] scores, BeadType type, int i, int j, float score) {
        scores[i][j * BeadType.values().length + type.ordinal()] = score;
    }

    private static String shape(Bead bead) {
        return Arrays.toString(IntStream.range(bead.enStart(), bead.enEnd()).toArray()) + ":"
                + Arrays.toString(IntStream.range(bead.viStart(), bead.viEnd()).toArray());
    }
}
