package org.songngu.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatchKeyTest {

    @ParameterizedTest
    @CsvSource({"hoà, hòa", "thuỷ, thủy", "Khoẻ, khỏe", "HOÀ, hòa", "tuỳ, tùy"})
    void oldAndNewTonePlacementShareAKey(String old, String modern) {
        assertThat(MatchKey.vietnamese(old)).isEqualTo(MatchKey.vietnamese(modern));
    }

    @ParameterizedTest
    @CsvSource({"kỹ, kĩ", "Lý, lí", "quý, quí", "hy, hi", "Mỹ, mĩ", "sỹ, sĩ"})
    void aRhymeSpelledYOrIAfterAConsonantSharesAKey(String y, String i) {
        assertThat(MatchKey.vietnamese(y)).isEqualTo(MatchKey.vietnamese(i));
    }

    @Test
    void theRhymeUyIsNotUi() {
        assertThat(MatchKey.vietnamese("thuỷ")).isNotEqualTo(MatchKey.vietnamese("thuỉ"));
        assertThat(MatchKey.vietnamese("huy")).isNotEqualTo(MatchKey.vietnamese("hui"));
        assertThat(MatchKey.vietnamese("ý")).isNotEqualTo(MatchKey.vietnamese("í"));
    }

    @Test
    void differentTonesStayDifferent() {
        assertThat(MatchKey.vietnamese("mà")).isNotEqualTo(MatchKey.vietnamese("má"));
        assertThat(MatchKey.vietnamese("máu")).isNotEqualTo(MatchKey.vietnamese("mau"));
    }

    @Test
    void foldingDropsDiacriticsAndFoldsD() {
        assertThat(MatchKey.folded("Truyền máu Đồng")).isEqualTo("truyen mau dong");
    }

    @Test
    void plainAsciiKeysAreItsLowerCase() {
        assertThat(MatchKey.vietnamese("HOA")).isEqualTo("hoa").isEqualTo(MatchKey.vietnamese("hoa"));
        assertThat(MatchKey.folded("Blood-Bank")).isEqualTo("blood-bank");
    }
}
