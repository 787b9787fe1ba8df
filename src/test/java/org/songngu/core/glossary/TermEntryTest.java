package org.songngu.core.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TermEntryTest {

    @Test
    void termsAreTrimmedInNfcWithSingleSpaces() {
        TermEntry entry = new TermEntry("  blood\ttransfusion ", "truye\u0302\u0300n   ma\u0301u", TermStatus.APPROVED, " checked ");

        assertThat(entry).isEqualTo(new TermEntry("blood transfusion", "truyền máu", TermStatus.APPROVED, "checked"));
    }

    @Test
    void blankTermsAreRefusedWithTheRule() {
        assertThatThrownBy(() -> TermEntry.approved(" ", "máu"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the English term cannot be blank");
        assertThatThrownBy(() -> TermEntry.approved("blood", "\t"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the Vietnamese term for 'blood' cannot be blank");
    }

    @Test
    void termsWithoutAnyWordAreRefused() {
        assertThatThrownBy(() -> TermEntry.approved("--", "máu"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the English term '--' has no letter or digit");
        assertThatThrownBy(() -> TermEntry.approved("blood", "…"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the Vietnamese term '…' has no letter or digit");
    }

    @Test
    void keysIgnoreCaseInflectionAndTonePlacement() {
        assertThat(TermEntry.approved("Transfused Patients", "hoà").englishKey())
                .isEqualTo(TermEntry.approved("transfuse patient", "hòa").englishKey());
        assertThat(TermEntry.approved("x", "Thuỷ Hoà").vietnameseKey())
                .isEqualTo(TermEntry.approved("x", "thủy hòa").vietnameseKey());
    }

    @Test
    void statusLabelsReadIgnoringCase() {
        assertThat(TermStatus.fromLabel(" Forbidden ")).contains(TermStatus.FORBIDDEN);
        assertThat(TermStatus.fromLabel("preferred")).isEmpty();
        assertThat(TermStatus.APPROVED.label()).isEqualTo("approved");
    }
}
