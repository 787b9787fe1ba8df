package org.songngu.core.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.songngu.core.task.Cancellation;

class ParameterEstimatorTest {

    private static final String[][] WHO = {
        {"doctor", "Bác sĩ"}, {"nurse", "Y tá"}, {"teacher", "Giáo viên"}, {"farmer", "Người nông dân"}};
    private static final String[][] WHAT = {
        {"a letter", "một lá thư"}, {"the medicine", "thuốc"}, {"a book", "một cuốn sách"}, {"the rice", "gạo"},
        {"a bicycle", "một chiếc xe đạp"}};
    private static final String[][] WHEN = {
        {"on Monday", "vào thứ hai"}, {"in the evening", "vào buổi tối"}, {"last winter", "mùa đông năm ngoái"}};

    @Test
    void aWordTheTranslatorAlwaysLeavesOutCostsLessThanAWordHeKeeps() {
        // "really" has lexicon translations, but this translator renders it once in ten times.
        List<String> english = new ArrayList<>();
        List<String> vietnamese = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            String[] who = WHO[k % WHO.length];
            String[] what = WHAT[k % WHAT.length];
            String[] when = WHEN[k % WHEN.length];
            english.add("The " + who[0] + " really bought " + what[0] + " " + when[0] + ".");
            String really = k % 10 == 0 ? " thật sự" : "";
            vietnamese.add(who[1] + really + " đã mua " + what[1] + " " + when[1] + ".");
        }
        SentenceSide en = AlignerTest.side(english);
        SentenceSide vi = AlignerTest.side(vietnamese);
        AlignmentFeatures features = AlignmentFeatures.extract(Lexicon.builtIn(), PairKeys.of(en, vi, Cancellation.NEVER),
                en, vi);
        List<Bead> rows = new ArrayList<>();
        for (int k = 0; k < english.size(); k++) {
            rows.add(new Bead(k, 1, k, 1, 1));
        }

        ModelParameters estimated = ParameterEstimator.estimate(rows, rows, features, ModelParameters.initial());

        // Scored with each word's own rate, a true pair missing only "really" scores higher than with
        // one rate for all words: the miss costs less, the kept words' hits count more.
        SentenceFeatures sentence = features.english[1];
        long[] satisfied = new long[2];
        SentenceFeatures.satisfied(sentence, features.vietnamese[1], satisfied, 0);
        assertThat(Long.bitCount(satisfied[0])).isLessThan(sentence.itemCount());
        features.weigh(estimated.englishMatches(), estimated.vietnameseMatches());
        float byWord = sentence.lexicalScore(satisfied[0], 1);
        features.weigh(MatchRates.uniform(estimated.englishMatches().overall()),
                MatchRates.uniform(estimated.vietnameseMatches().overall()));
        float uniform = sentence.lexicalScore(satisfied[0], 1);
        assertThat(byWord).isGreaterThan(uniform + 1);
    }
}
