package org.songngu.core.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.songngu.core.task.Cancellation;

class AlignmentFeaturesTest {

    private static final List<String> VIETNAMESE = List.of("Thủ môn Daniel Price chơi rất hay.", "Price rất bức xúc.");

    @Test
    void aNameTheDocumentCapitalisesMidSentenceCountsAsANameWhereItOpensASentence() {
        int named = satisfiedBySecondPair("The goalkeeper, Daniel Price, played very well.");
        int unknown = satisfiedBySecondPair("The goalkeeper played very well.");

        // "Price was angry" finds its name in "Price rất bức xúc" only when the document shows
        // that Price is a name: otherwise it is the lexicon word "price".
        assertThat(named).isEqualTo(unknown + 1);
    }

    private static int satisfiedBySecondPair(String firstEnglish) {
        SentenceSide en = AlignerTest.side(List.of(firstEnglish, "Price was angry."));
        SentenceSide vi = AlignerTest.side(VIETNAMESE);
        AlignmentFeatures features = AlignmentFeatures.extract(Lexicon.builtIn(), PairKeys.of(en, vi, Cancellation.NEVER),
                en, vi);
        long[] satisfied = new long[2];
        SentenceFeatures.satisfied(features.english[1], features.vietnamese[1], satisfied, 0);
        return Long.bitCount(satisfied[0]);
    }
}
