package org.songngu.core.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.songngu.core.document.Document;
import org.songngu.core.document.DocumentReader;
import org.songngu.core.text.Language;

class TextSearchTest {

    private static final Document ENGLISH = DocumentReader.fromText("en.txt",
            "Blood is collected. The surgeon watches. Blood retransfusion works.", Language.EN);
    private static final Document VIETNAMESE = DocumentReader.fromText("vi.txt",
            "Máu được thu thập. Bác sĩ theo dõi. Truyền máu ngược có hiệu quả.", Language.VI);
    private static final Alignment ALIGNMENT = Alignment.of(ENGLISH, VIETNAMESE, List.of(
            new Bead(0, 1, 0, 1, 0.9), new Bead(1, 1, 1, 1, 0.9), new Bead(2, 1, 2, 1, 0.9)));

    @Test
    void withoutDiacriticsFindsTheVietnameseText() {
        assertThat(new TextSearch("truyen mau", true).next(ALIGNMENT, -1)).isEqualTo(2);
    }

    @Test
    void withDiacriticsRequiredTheBareQueryIsNotFound() {
        assertThat(new TextSearch("truyen mau", false).next(ALIGNMENT, -1)).isEqualTo(-1);
        assertThat(new TextSearch("TRUYỀN MÁU", false).next(ALIGNMENT, -1)).isEqualTo(2);
    }

    @Test
    void searchesTheEnglishSideIgnoringCase() {
        assertThat(new TextSearch("SURGEON", true).next(ALIGNMENT, -1)).isEqualTo(1);
    }

    @Test
    void startsAfterTheCurrentRowAndWrapsToTheTop() {
        TextSearch blood = new TextSearch("blood", true);

        assertThat(blood.next(ALIGNMENT, 0)).isEqualTo(2);
        assertThat(blood.next(ALIGNMENT, 2)).isEqualTo(0);
    }

    @Test
    void aBlankQueryFindsNothing() {
        assertThat(new TextSearch("  ", true).next(ALIGNMENT, -1)).isEqualTo(-1);
    }
}
