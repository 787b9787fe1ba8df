package org.songngu.core.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransliterationTest {

    @ParameterizedTest
    @CsvSource({
        "Eliphadon, Ê-li-pha-đôn", "Nahariel, Na-ha-ri-ên", "Gethmar, Ghết-ma", "Gadron, Gát-rôn",
        "Abraham, Áp-ra-ham", "Jacob, Gia-cốp", "Jerusalem, Giê-ru-sa-lem", "David, Đa-vít",
        "Joseph, Giô-sép", "Benjamin, Bên-gia-min", "Jordan, Giô-đanh", "Bethlehem, Bết-lê-hem"})
    void aNameAndItsTransliterationShareASkeleton(String english, String vietnamese) {
        assertThat(Transliteration.english(english)).isNotNull().isEqualTo(Transliteration.vietnamese(vietnamese));
    }

    @Test
    void differentNamesDiffer() {
        assertThat(Transliteration.english("Gadron")).isNotEqualTo(Transliteration.vietnamese("Giô-đanh"));
        assertThat(Transliteration.english("Solomon")).isNotEqualTo(Transliteration.vietnamese("Sa-mu-ên"));
    }

    @Test
    void aNameWithFewerThanTwoConsonantsHasNoSkeleton() {
        assertThat(Transliteration.english("Noah")).isNull();
        assertThat(Transliteration.vietnamese("Ê-va")).isNull();
    }
}
