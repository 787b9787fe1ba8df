package org.songngu.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    @Test
    void vietnameseProseIsVietnamese() {
        assertThat(LanguageDetector.detect("Truyền máu ngược được thực hiện để giảm mất máu.")).isEqualTo(Language.VI);
    }

    @Test
    void englishProseIsEnglish() {
        assertThat(LanguageDetector.detect("Blood retransfusion is a medical procedure.")).isEqualTo(Language.EN);
    }

    @Test
    void englishWithAFewLoanWordsStaysEnglish() {
        assertThat(LanguageDetector.detect("We met at the café near the hospital and talked about the naïve résumé "
                + "that the new doctor had sent to the board last week.")).isEqualTo(Language.EN);
    }

    @Test
    void dStrokeCountsAsVietnamese() {
        assertThat(LanguageDetector.isVietnameseLetter('đ')).isTrue();
        assertThat(LanguageDetector.isVietnameseLetter('Đ')).isTrue();
        assertThat(LanguageDetector.isVietnameseLetter('ệ')).isTrue();
        assertThat(LanguageDetector.isVietnameseLetter('ư')).isTrue();
        assertThat(LanguageDetector.isVietnameseLetter('e')).isFalse();
        assertThat(LanguageDetector.isVietnameseLetter('ß')).isFalse();
        assertThat(LanguageDetector.isVietnameseLetter('ö')).isFalse();
    }

    @Test
    void textWithoutLettersIsEnglish() {
        assertThat(LanguageDetector.detect("1, 2, 3 — 42%")).isEqualTo(Language.EN);
    }

    @Test
    void vietnameseWrittenWithoutMarksCannotBeToldApart() {
        // Known limit: unaccented Vietnamese ("khong dau") has nothing to count.
        assertThat(LanguageDetector.detect("Truyen mau nguoc duoc thuc hien")).isEqualTo(Language.EN);
    }
}
