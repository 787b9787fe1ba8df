package org.songngu.core.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.songngu.core.text.Language;
import org.songngu.core.text.Span;

class SentenceSegmenterTest {

    private static final System.Logger LOG = System.getLogger(SentenceSegmenterTest.class.getName());

    private static final SentenceSegmenter EN = SentenceSegmenter.forLanguage(Language.EN);
    private static final SentenceSegmenter VI = SentenceSegmenter.forLanguage(Language.VI);

    static Stream<BoundaryCorpus.Case> englishCases() {
        return BoundaryCorpus.read("boundaries-en.txt").stream();
    }

    static Stream<BoundaryCorpus.Case> vietnameseCases() {
        return BoundaryCorpus.read("boundaries-vi.txt").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("englishCases")
    void splitsEnglishCorpusCase(BoundaryCorpus.Case c) {
        assertThat(BoundaryCorpus.sentences(EN, c.input())).containsExactlyElementsOf(c.expected());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vietnameseCases")
    void splitsVietnameseCorpusCase(BoundaryCorpus.Case c) {
        assertThat(BoundaryCorpus.sentences(VI, c.input())).containsExactlyElementsOf(c.expected());
    }

    @Test
    void corpusHasEnoughBoundaryDecisionsInBothLanguagesAndReportsAccuracy() {
        BoundaryCorpus.Accuracy english = BoundaryCorpus.measure(EN, englishCases().toList());
        BoundaryCorpus.Accuracy vietnamese = BoundaryCorpus.measure(VI, vietnameseCases().toList());
        BoundaryCorpus.Accuracy total = english.plus(vietnamese);
        LOG.log(System.Logger.Level.INFO, "segmentation accuracy: en " + english + "; vi " + vietnamese
                + "; total " + total);

        assertThat(total.decisions()).isGreaterThanOrEqualTo(150);
        assertThat(english.decisions()).isGreaterThanOrEqualTo(70);
        assertThat(vietnamese.decisions()).isGreaterThanOrEqualTo(70);
    }

    @Test
    void spansCoverAllNonSpaceTextInOrderWithoutSurroundingSpace() {
        String text = "  Dr. Okafor came.\n\tThen he left…  “Why?” she asked.\u00A0Nobody knew.  ";
        List<Span> spans = EN.split(text);

        StringBuilder covered = new StringBuilder();
        int previousEnd = 0;
        for (Span span : spans) {
            assertThat(span.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(text.substring(previousEnd, span.start())).matches("[\\s\u00A0]*");
            String sentence = span.of(text);
            assertThat(sentence).isEqualTo(sentence.strip()).isNotEmpty();
            covered.append(sentence);
            previousEnd = span.end();
        }
        assertThat(covered.toString().replaceAll("[\\s\u00A0]", "")).isEqualTo(text.replaceAll("[\\s\u00A0]", ""));
        assertThat(spans.stream().map(span -> span.of(text)))
                .containsExactly("Dr. Okafor came.", "Then he left…", "“Why?” she asked.", "Nobody knew.");
    }

    @Test
    void emptyAndBlankTextHaveNoSentences() {
        assertThat(EN.split("")).isEmpty();
        assertThat(VI.split(" \n\t ")).isEmpty();
    }

    @Test
    void textWithoutTerminatorIsOneSentence() {
        assertThat(BoundaryCorpus.sentences(VI, "  Truyền máu ngược  ")).containsExactly("Truyền máu ngược");
    }

    @Test
    void forLanguageReturnsTheSegmenterForThatLanguage() {
        assertThat(EN.language()).isEqualTo(Language.EN);
        assertThat(VI.language()).isEqualTo(Language.VI);
        assertThat(SentenceSegmenter.forLanguage(Language.VI)).isSameAs(VI);
    }

    @Test
    void extraTitleAbbreviationKeepsNameInSentence() {
        String text = "The parcel went to Bldg. Seven yesterday. It arrived.";
        assertThat(BoundaryCorpus.sentences(EN, text))
                .containsExactly("The parcel went to Bldg.", "Seven yesterday.", "It arrived.");

        SentenceSegmenter extended = SentenceSegmenter.forLanguage(Language.EN, List.of("Bldg."));

        assertThat(BoundaryCorpus.sentences(extended, text))
                .containsExactly("The parcel went to Bldg. Seven yesterday.", "It arrived.");
    }

    @Test
    void extraVietnameseAbbreviationWithKindEndsOnlyBeforeCapital() {
        SentenceSegmenter extended = SentenceSegmenter.forLanguage(Language.VI, List.of("Cty. end"));

        assertThat(BoundaryCorpus.sentences(extended, "Hợp đồng ký ngày 5 với Cty. 3 bên cùng dự."))
                .containsExactly("Hợp đồng ký ngày 5 với Cty. 3 bên cùng dự.");
        assertThat(BoundaryCorpus.sentences(extended, "Anh ấy làm cho Cty. Sau đó anh nghỉ."))
                .containsExactly("Anh ấy làm cho Cty.", "Sau đó anh nghỉ.");
    }

    @Test
    void extraNumberAbbreviationIsAbbreviationOnlyBeforeNumber() {
        SentenceSegmenter extended = SentenceSegmenter.forLanguage(Language.EN, List.of("Tel. number"));

        assertThat(BoundaryCorpus.sentences(extended, "Call Tel. 555 0199 today. Or write."))
                .containsExactly("Call Tel. 555 0199 today.", "Or write.");
        assertThat(BoundaryCorpus.sentences(extended, "We have no Tel. Write instead."))
                .containsExactly("We have no Tel.", "Write instead.");
    }

    @Test
    void extraEntryReplacesBundledKind() {
        String text = "She moved to the U.S. Army bases closed.";
        assertThat(BoundaryCorpus.sentences(EN, text)).containsExactly(text);

        SentenceSegmenter extended = SentenceSegmenter.forLanguage(Language.EN, List.of("U.S. end"));

        assertThat(BoundaryCorpus.sentences(extended, text)).containsExactly("She moved to the U.S.", "Army bases closed.");
    }

    @Test
    void extraAbbreviationsDoNotChangeTheDefaultSegmenter() {
        SentenceSegmenter.forLanguage(Language.EN, List.of("Bldg."));

        assertThat(BoundaryCorpus.sentences(SentenceSegmenter.forLanguage(Language.EN), "Bldg. Seven. Done."))
                .containsExactly("Bldg.", "Seven.", "Done.");
    }

    @Test
    void extraAbbreviationWithoutFullStopIsRefused() {
        assertThatThrownBy(() -> SentenceSegmenter.forLanguage(Language.EN, List.of("Bldg")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("abbreviation 'Bldg' must end with a full stop");
    }

    @Test
    void extraAbbreviationWithUnknownKindIsRefused() {
        assertThatThrownBy(() -> SentenceSegmenter.forLanguage(Language.VI, List.of("Cty. sometimes")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("abbreviation 'Cty.' has unknown kind 'sometimes': "
                        + "expected end, number, initial or word (or nothing for a title)");
    }

    @Test
    void extraAbbreviationWithEmptyPartIsRefused() {
        assertThatThrownBy(() -> SentenceSegmenter.forLanguage(Language.EN, List.of("a..b.")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("abbreviation 'a..b.' must not contain an empty part");
    }

    @Test
    void segmenterIsSafeToShareBetweenThreads() throws Exception {
        List<BoundaryCorpus.Case> cases = vietnameseCases().toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new java.util.ArrayList<>();
            for (int round = 0; round < 8; round++) {
                results.add(pool.submit(() -> cases.stream()
                        .allMatch(c -> BoundaryCorpus.sentences(VI, c.input()).equals(c.expected()))));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
