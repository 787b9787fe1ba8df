package org.songngu.core.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryTest {

    private static final TermEntry NGUOC = TermEntry.approved("retransfusion", "truyền máu ngược");
    private static final TermEntry TAI = TermEntry.forbidden("retransfusion", "tái truyền máu");
    private static final TermEntry PATIENT = TermEntry.approved("patient", "bệnh nhân");
    private static final TermEntry NGUOI_BENH = TermEntry.approved("patient", "người bệnh");

    private final Glossary glossary = Glossary.of(List.of(NGUOC, PATIENT, TAI, NGUOI_BENH));

    @Test
    void looksUpAnEnglishTermIgnoringCaseAndInflection() {
        assertThat(glossary.lookup("Patients")).containsExactly(PATIENT, NGUOI_BENH);
        assertThat(glossary.lookup("retransfusion")).containsExactly(NGUOC, TAI);
        assertThat(glossary.lookup("blood")).isEmpty();
    }

    @Test
    void separatesApprovedFromForbiddenRenderings() {
        assertThat(glossary.approved("retransfusion")).containsExactly(NGUOC);
        assertThat(glossary.forbidden("retransfusion")).containsExactly(TAI);
    }

    @Test
    void listsEachEnglishTermOnceInOrder() {
        assertThat(glossary.englishTerms()).containsExactly("retransfusion", "patient");
    }

    @Test
    void refusesTheSamePairTwiceEvenWithAnotherStatus() {
        assertThatThrownBy(() -> glossary.with(TermEntry.forbidden("Patients", "Bệnh nhân")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'Patients' → 'Bệnh nhân' is already in the glossary as 'patient' → 'bệnh nhân' (approved)");
    }

    @Test
    void addsRemovesAndReplacesWithoutChangingTheOriginal() {
        TermEntry blood = TermEntry.approved("blood", "máu");

        assertThat(glossary.with(blood).entries()).containsExactly(NGUOC, PATIENT, TAI, NGUOI_BENH, blood);
        assertThat(glossary.without(TAI).entries()).containsExactly(NGUOC, PATIENT, NGUOI_BENH);
        assertThat(glossary.replace(PATIENT, blood).entries()).containsExactly(NGUOC, blood, TAI, NGUOI_BENH);
        assertThat(glossary.entries()).containsExactly(NGUOC, PATIENT, TAI, NGUOI_BENH);
    }

    @Test
    void equalEntriesMakeEqualGlossaries() {
        assertThat(Glossary.of(List.of(NGUOC, TAI))).isEqualTo(Glossary.empty().with(NGUOC).with(TAI));
        assertThat(Glossary.of(List.of())).isSameAs(Glossary.empty());
    }
}
