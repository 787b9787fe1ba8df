package org.songngu.ui.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.songngu.core.align.RowId;
import org.songngu.core.glossary.Glossary;
import org.songngu.core.glossary.TermEntry;
import org.songngu.core.glossary.TermMatch;
import org.songngu.core.text.Span;

class TermHighlightsTest {

    private static final TermEntry RETRANSFUSION = TermEntry.approved("retransfusion", "truyền máu ngược");
    private static final TermEntry BLOOD = TermEntry.approved("blood", "máu");

    @Test
    void withoutAGlossaryNothingIsMarked() {
        TermHighlights highlights = new TermHighlights();

        assertThat(highlights.english(new RowId(1), "Blood retransfusion")).isEmpty();
    }

    @Test
    void marksTheLongestTermsOfEachSide() {
        TermHighlights highlights = new TermHighlights();
        highlights.use(Glossary.of(List.of(RETRANSFUSION, BLOOD)));

        assertThat(spans(highlights.english(new RowId(1), "Blood retransfusions help.")))
                .containsExactly(new Span(0, 5), new Span(6, 20));
        assertThat(spans(highlights.vietnamese(new RowId(1), "Truyền máu ngược, máu.")))
                .containsExactly(new Span(0, 16), new Span(18, 21));
    }

    @Test
    void aRowIsMatchedOnceUntilItsTextChanges() {
        TermHighlights highlights = new TermHighlights();
        highlights.use(Glossary.of(List.of(BLOOD)));
        List<TermMatch> first = highlights.english(new RowId(7), "blood");

        assertThat(highlights.english(new RowId(7), "blood")).isSameAs(first);
        assertThat(spans(highlights.english(new RowId(7), "the blood"))).containsExactly(new Span(4, 9));
    }

    @Test
    void anotherGlossaryForgetsWhatWasFound() {
        TermHighlights highlights = new TermHighlights();
        highlights.use(Glossary.of(List.of(BLOOD)));
        assertThat(highlights.english(new RowId(7), "blood retransfusion")).hasSize(1);

        highlights.use(Glossary.of(List.of(BLOOD, RETRANSFUSION)));

        assertThat(spans(highlights.english(new RowId(7), "blood retransfusion")))
                .containsExactly(new Span(0, 5), new Span(6, 19));
    }

    private static List<Span> spans(List<TermMatch> matches) {
        return matches.stream().map(TermMatch::span).toList();
    }
}
