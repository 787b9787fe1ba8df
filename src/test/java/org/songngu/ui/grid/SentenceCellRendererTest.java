package org.songngu.ui.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.songngu.core.glossary.TermEntry;
import org.songngu.core.glossary.TermMatch;
import org.songngu.core.glossary.TermStatus;
import org.songngu.core.text.Span;

class SentenceCellRendererTest {

    @Test
    void aCellWithoutTermsHasNoTooltip() {
        assertThat(SentenceCellRenderer.tooltip(List.of())).isNull();
    }

    @Test
    void theTooltipNamesEachEntryOnceWithItsStatusAndNote() {
        TermEntry approved = new TermEntry("retransfusion", "truyền máu ngược", TermStatus.APPROVED, "The seed's <own> term");
        TermEntry forbidden = TermEntry.forbidden("retransfusion", "tái truyền máu");
        TermEntry blood = TermEntry.approved("blood", "máu");
        List<TermMatch> found = List.of(new TermMatch(new Span(0, 5), "blood", List.of(blood)),
                new TermMatch(new Span(6, 19), "retransfus", List.of(approved, forbidden)),
                new TermMatch(new Span(24, 29), "blood", List.of(blood)));

        assertThat(SentenceCellRenderer.tooltip(found)).isEqualTo("<html>blood → máu (approved)"
                + "<br>retransfusion → truyền máu ngược (approved) — <i>The seed's &lt;own&gt; term</i>"
                + "<br>retransfusion → tái truyền máu (forbidden)</html>");
    }

    @Test
    void aRenderingIsMarkedForbiddenOnlyWhenEveryEntryOfItForbidsIt() {
        TermEntry forbidden = TermEntry.forbidden("retransfusion", "tái truyền máu");
        TermEntry approvedElsewhere = TermEntry.approved("re-transfusion", "tái truyền máu");

        assertThat(SentenceCellRenderer.isForbidden(new TermMatch(new Span(0, 14), "k", List.of(forbidden)))).isTrue();
        assertThat(SentenceCellRenderer.isForbidden(new TermMatch(new Span(0, 14), "k",
                List.of(forbidden, approvedElsewhere)))).isFalse();
    }
}
