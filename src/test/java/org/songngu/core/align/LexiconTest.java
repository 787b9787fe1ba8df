package org.songngu.core.align;

import static org.assertj.core.api.Assertions.assertThat;

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
        int[] patient = lexicon.translations(Lexicon.englishKey("patients"));
        assertThat(patient).contains(lexicon.phraseId(Lexicon.vietnameseKey("bệnh nhân")));
        assertThat(lexicon.translations(Lexicon.englishKey("blood"))).contains(
                lexicon.phraseId(Lexicon.vietnameseKey("máu")));
    }

    @Test
    void vietnameseMatchingIgnoresTonePlacement() {
        Lexicon lexicon = Lexicon.of(List.of(new LexiconEntry("peace", "hòa bình")));
        assertThat(lexicon.phraseId(Lexicon.vietnameseKey("Hoà bình"))).isNotNegative();
    }

    @Test
    void withAddsEntriesWithoutChangingTheOriginal() {
        Lexicon small = Lexicon.of(List.of(new LexiconEntry("dog", "chó")));
        Lexicon larger = small.with(List.of(new LexiconEntry("cat", "mèo")));
        assertThat(small.size()).isEqualTo(1);
        assertThat(larger.size()).isEqualTo(2);
        assertThat(small.translations("cat")).isEmpty();
    }

    @Test
    void withTermsAddsApprovedAndForbiddenRenderings() {
        Lexicon base = Lexicon.of(List.of(new LexiconEntry("dog", "chó")));
        Lexicon withTerms = base.withTerms(Glossary.of(List.of(
                TermEntry.approved("retransfusion", "truyền máu ngược"),
                TermEntry.forbidden("retransfusion", "tái truyền máu"))));
        int[] ids = withTerms.translations(Lexicon.englishKey("retransfusions"));
        assertThat(ids).containsExactlyInAnyOrder(withTerms.phraseId(Lexicon.vietnameseKey("truyền máu ngược")),
                withTerms.phraseId(Lexicon.vietnameseKey("tái truyền máu")));
        assertThat(base.translations(Lexicon.englishKey("retransfusion"))).isEmpty();
    }
}
