package org.songngu.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextLayoutTest {

    @Test
    void blankLinesSeparateParagraphs() {
        Layout layout = PlainTextLayout.of("First one.\n\n\nSecond one.\n");

        assertThat(layout).isEqualTo(new Layout("First one.\n\n\nSecond one.\n", List.of(
                new BlockSpan(0, 10, ParagraphKind.BODY),
                new BlockSpan(13, 24, ParagraphKind.BODY))));
    }

    @Test
    void lineBreakInsideAParagraphBecomesOneSpaceInTheText() {
        Layout layout = PlainTextLayout.of("A sentence that\n   goes on.\nAnd another.");

        assertThat(layout).isEqualTo(new Layout("A sentence that goes on. And another.", List.of(
                new BlockSpan(0, 37, ParagraphKind.BODY))));
    }

    @Test
    void shortLineWithoutFinalPunctuationStandingAloneIsAHeading() {
        Layout layout = PlainTextLayout.of("Blood retransfusion\n\nIt is a procedure.");

        assertThat(layout.blocks()).extracting(BlockSpan::kind)
                .containsExactly(ParagraphKind.HEADING, ParagraphKind.BODY);
    }

    @Test
    void lineEndingInColonIsNotAHeading() {
        assertThat(PlainTextLayout.looksLikeHeading("Những ưu điểm chính của truyền máu ngược:")).isFalse();
        assertThat(PlainTextLayout.looksLikeHeading("Blood retransfusion: definition, procedure and medical applications"))
                .isTrue();
        assertThat(PlainTextLayout.looksLikeHeading("He said \"stop.\"")).isFalse();
        assertThat(PlainTextLayout.looksLikeHeading("one two three four five six seven eight nine ten eleven twelve thirteen"))
                .isFalse();
        assertThat(PlainTextLayout.looksLikeHeading("2024")).isFalse();
    }

    @Test
    void listItemsAreParagraphsOfTheirOwnWithoutBlankLines() {
        Layout layout = PlainTextLayout.of("Steps:\n  1. Test the blood.\n  2) Filter it.\n- Inject it.\n• Watch.\n"
                + "* Wait.\na) Done.\nb. Really done.\nA) Last.");

        assertThat(layout.blocks()).extracting(BlockSpan::kind).containsExactly(
                ParagraphKind.BODY, ParagraphKind.LIST_ITEM, ParagraphKind.LIST_ITEM, ParagraphKind.LIST_ITEM,
                ParagraphKind.LIST_ITEM, ParagraphKind.LIST_ITEM, ParagraphKind.LIST_ITEM, ParagraphKind.LIST_ITEM,
                ParagraphKind.LIST_ITEM);
        BlockSpan first = layout.blocks().get(1);
        assertThat(layout.text().substring(first.start(), first.end())).isEqualTo("1. Test the blood.");
    }

    @Test
    void indentedLineAfterAListItemContinuesIt() {
        Layout layout = PlainTextLayout.of("1. A long item\n   that wraps.\nBody again.");

        assertThat(layout).isEqualTo(new Layout("1. A long item that wraps.\nBody again.", List.of(
                new BlockSpan(0, 26, ParagraphKind.LIST_ITEM),
                new BlockSpan(27, 38, ParagraphKind.BODY))));
    }

    @Test
    void numbersAndDashesInsideTextAreNotListMarkers() {
        assertThat(PlainTextLayout.startsWithListMarker("1.5 million people")).isFalse();
        assertThat(PlainTextLayout.startsWithListMarker("-5 degrees")).isFalse();
        assertThat(PlainTextLayout.startsWithListMarker("e.g. this")).isFalse();
        assertThat(PlainTextLayout.startsWithListMarker("2024. A year")).isFalse();
    }
}
