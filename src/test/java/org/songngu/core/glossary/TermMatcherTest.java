package org.songngu.core.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermMatcherTest {

    private static final Glossary GLOSSARY = Glossary.of(List.of(
            TermEntry.approved("patient", "bệnh nhân"),
            TermEntry.approved("transfuse", "truyền"),
            TermEntry.approved("study", "nghiên cứu"),
            TermEntry.approved("blood", "máu"),
            TermEntry.approved("blood transfusion", "truyền máu"),
            TermEntry.approved("red blood cell", "hồng cầu"),
            TermEntry.approved("water", "thuỷ"),
            TermEntry.approved("peace", "hoà bình"),
            TermEntry.approved("engineer", "kỹ sư"),
            TermEntry.approved("retransfusion", "truyền máu ngược")));

    private static final TermMatcher ENGLISH = TermMatcher.english(GLOSSARY);
    private static final TermMatcher VIETNAMESE = TermMatcher.vietnamese(GLOSSARY);

    /** Each row: text, then the matched substrings (leftmost-longest) joined by '|', empty for none. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', emptyValue = "", value = {
        "Two patients were seen.; patients",
        "The Patient's chart.; Patient's",
        "They transfused him, then kept transfusing.; transfused|transfusing",
        "Earlier studies agree.; studies",
        "A BLOOD TRANSFUSION was given.; BLOOD TRANSFUSION",
        "Red blood cells fell.; Red blood cells",
        "blood, then transfusion; blood",
        "The outpatient clinic.; ''",
        "bloodless and bloody; ''",
        "Retransfusion of shed blood.; Retransfusion|blood",
    })
    void englishMatchesWholeWordsInflectionsAndMultiwordTerms(String text, String expected) {
        assertThat(texts(text, ENGLISH.findLongest(text))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', emptyValue = "", value = {
        "Bệnh nhân được truyền máu.; Bệnh nhân|truyền máu",
        "BỆNH NHÂN đã ổn.; BỆNH NHÂN",
        "Truyền máu ngược cứu anh ấy.; Truyền máu ngược",
        "Họ sống hoà bình.; hoà bình",
        "Họ sống hòa bình.; hòa bình",
        "Nhiệt độ của thủy; thủy",
        "Mậu thân, máuu, mẫu; ''",
        "Ma\u0301u chảy.; Ma\u0301u",
        "nghiên cứu-sinh; nghiên cứu",
        "Anh ấy là kĩ sư.; kĩ sư",
        "Kỹ sư trưởng; Kỹ sư",
    })
    void vietnameseMatchesWholeSyllablesWhateverTheTonePlacementOrIySpelling(String text, String expected) {
        assertThat(texts(text, VIETNAMESE.findLongest(text))).isEqualTo(expected);
    }

    @Test
    void findAllReportsNestedTermsShorterFirst() {
        String text = "Truyền máu ngược";

        assertThat(VIETNAMESE.findAll(text)).extracting(m -> m.span().of(text))
                .containsExactly("Truyền", "Truyền máu", "Truyền máu ngược", "máu");
    }

    @Test
    void aMatchCarriesEveryEntryOfItsTermAndTheOriginalSpan() {
        Glossary two = Glossary.of(List.of(TermEntry.approved("patient", "bệnh nhân"),
                TermEntry.forbidden("patient", "con bệnh")));

        List<TermMatch> matches = TermMatcher.english(two).findAll("  Patients ");

        assertThat(matches).containsExactly(new TermMatch(new org.songngu.core.text.Span(2, 10), "patient", two.entries()));
    }

    @Test
    void anEmptyGlossaryMatchesNothing() {
        assertThat(TermMatcher.english(Glossary.empty()).findAll("anything at all")).isEmpty();
    }

    private static String texts(String text, List<TermMatch> matches) {
        return String.join("|", matches.stream().map(m -> m.span().of(text)).toList());
    }
}
