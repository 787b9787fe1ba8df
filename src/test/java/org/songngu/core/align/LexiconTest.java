package org.songngu.core.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.songngu.core.glossary.Glossary;
import org.songngu.core.glossary.TermEntry;

class LexiconTest {

    @Test
    void builtInLexiconHoldsAtLeastFiveThousandPairs() {
        assertThat(Lexicon.builtIn().size()).isGreaterThanOrEqualTo(5000);
    }

    @Test
    void builtInLexiconKnowsTheSeedsMedicalTerms() {
        Lexicon lexicon = Lexicon.builtIn();
        assertThat(pairs(lexicon, "patients", "bệnh nhân")).isTrue();
        assertThat(pairs(lexicon, "blood", "máu")).isTrue();
    }

    @Test
    void builtInLexiconLoadsEveryFileOfItsIndex() {
        Lexicon lexicon = Lexicon.builtIn();
        assertThat(pairs(lexicon, "reluctant", "miễn cưỡng")).isTrue();
        assertThat(pairs(lexicon, "diuretics", "thuốc lợi tiểu")).isTrue();
        assertThat(pairs(lexicon, "Moses", "Môi-se")).isTrue();
    }

    @Test
    void vietnameseMatchingIgnoresTonePlacement() {
        Lexicon lexicon = Lexicon.of(List.of(new LexiconEntry("peace", "hòa bình")));
        assertThat(pairs(lexicon, "peace", "Hoà bình")).isTrue();
    }

    @Test
    void withAddsEntriesWithoutChangingTheOriginal() {
        Lexicon small = Lexicon.of(List.of(new LexiconEntry("dog", "chó")));
        Lexicon larger = small.with(List.of(new LexiconEntry("cat", "mèo")));
        assertThat(small.size()).isEqualTo(1);
        assertThat(larger.size()).isEqualTo(2);
        assertThat(small.englishKeys()).doesNotContainKey("cat");
    }

    @Test
    void withTermsAddsApprovedAndForbiddenRenderings() {
        Lexicon base = Lexicon.of(List.of(new LexiconEntry("dog", "chó")));
        Lexicon withTerms = base.withTerms(Glossary.of(List.of(
                TermEntry.approved("retransfusion", "truyền máu ngược"),
                TermEntry.forbidden("retransfusion", "tái truyền máu"))));
        assertThat(pairs(withTerms, "retransfusions", "truyền máu ngược")).isTrue();
        assertThat(pairs(withTerms, "retransfusions", "tái truyền máu")).isTrue();
        assertThat(base.englishKeys()).doesNotContainKey(Lexicon.englishKey("retransfusion"));
    }

    /** Whether the lexicon pairs the English word or phrase with the Vietnamese one, as the aligner would match them. */
    private static boolean pairs(Lexicon lexicon, String english, String vietnamese) {
        int[] ids = lexicon.englishKeys().getOrDefault(Lexicon.englishKey(english), new int[0]);
        Integer id = lexicon.phraseKeys().get(Lexicon.vietnameseKey(vietnamese));
        return id != null && Arrays.stream(ids).anyMatch(each -> each == id);
    }
}
