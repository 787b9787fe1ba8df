package org.songngu.core.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.songngu.core.task.Cancellation;
import org.songngu.core.task.ProgressListener;

/**
 * A long made-up record of transfusions whose Vietnamese side lacks its first 150 sentences and
 * whose English side lacks 60 from the middle, with one sentence recurring every fifth record:
 * the anchored window must hold the true path through both gaps and stay linear in size.
 */
class AnchorWindowTest {

    private static final int RECORDS = 400;
    private static final int VIETNAMESE_DROPPED = 150;
    private static final int ENGLISH_DROPPED_FROM = 200;
    private static final int ENGLISH_DROPPED = 60;

    private final List<String> english = new ArrayList<>();
    private final List<String> vietnamese = new ArrayList<>();
    /** The true pairs (English index, Vietnamese index) of the sentences both sides kept. */
    private final List<int[]> pairs = new ArrayList<>();

    AnchorWindowTest() {
        List<String> allEnglish = new ArrayList<>();
        List<String> allVietnamese = new ArrayList<>();
        for (int k = 0; k < RECORDS; k++) {
            int bed = 1 + k % 37;
            int millilitres = 100 + 10 * (k % 41);
            allEnglish.add("Record " + (1000 + k) + ": the patient in bed " + bed + " received " + millilitres
                    + " ml of blood.");
            allVietnamese.add("Hồ sơ " + (1000 + k) + ": bệnh nhân ở giường " + bed + " được truyền " + millilitres
                    + " ml máu.");
            if (k % 5 == 4) {
                allEnglish.add("The nurse checked the label twice.");
                allVietnamese.add("Y tá kiểm tra nhãn hai lần.");
            }
        }
        for (int s = 0; s < allEnglish.size(); s++) {
            boolean englishKept = s < ENGLISH_DROPPED_FROM || s >= ENGLISH_DROPPED_FROM + ENGLISH_DROPPED;
            if (englishKept) {
                english.add(allEnglish.get(s));
            }
            if (s >= VIETNAMESE_DROPPED) {
                vietnamese.add(allVietnamese.get(s));
                if (englishKept) {
                    pairs.add(new int[] {english.size() - 1, vietnamese.size() - 1});
                }
            }
        }
    }

    @Test
    void windowHoldsTheTruePathAcrossBothGapsAndStaysLinear() {
        AlignmentFeatures features = features();
        ModelParameters parameters = ModelParameters.initial();
        features.weigh(parameters.englishMatches(), parameters.vietnameseMatches());
        int n = english.size();
        int m = vietnamese.size();
        assertThat((long) (n + 1) * (m + 1)).isGreaterThan(AnchorWindow.FULL_SEARCH_LIMIT);

        Window window = AnchorWindow.of(features, parameters, Cancellation.NEVER);

        for (int[] pair : pairs) {
            assertThat(window.contains(pair[0], pair[1]) && window.contains(pair[0] + 1, pair[1] + 1))
                    .as("English %d with Vietnamese %d", pair[0], pair[1])
                    .isTrue();
        }
        // Each row holds its anchors' gap and a few columns, not the whole Vietnamese side.
        assertThat(window.cells()).isLessThan(20L * (n + 1));
    }

    @Test
    void alignerPairsTheSentencesBothSidesKept() {
        List<Bead> beads = new Aligner(Lexicon.builtIn()).align(AlignerTest.side(english), AlignerTest.side(vietnamese),
                ProgressListener.NONE, Cancellation.NEVER);

        long right = pairs.stream()
                .filter(pair -> beads.stream().anyMatch(bead -> bead.enStart() == pair[0] && bead.enCount() == 1
                        && bead.viStart() == pair[1] && bead.viCount() == 1))
                .count();
        assertThat(right).isGreaterThanOrEqualTo(pairs.size() * 95L / 100);
    }

    private AlignmentFeatures features() {
        SentenceSide en = AlignerTest.side(english);
        SentenceSide vi = AlignerTest.side(vietnamese);
        return AlignmentFeatures.extract(Lexicon.builtIn(), PairKeys.of(en, vi, Cancellation.NEVER), en, vi);
    }
}
