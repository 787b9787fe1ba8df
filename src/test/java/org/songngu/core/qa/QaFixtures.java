package org.songngu.core.qa;

import java.util.ArrayList;
import java.util.List;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.Confidence;
import org.songngu.core.align.RowId;
import org.songngu.core.align.RowStatus;
import org.songngu.core.document.Document;
import org.songngu.core.document.DocumentReader;
import org.songngu.core.document.Sentence;
import org.songngu.core.text.Language;

/** Alignments written as English/Vietnamese pairs, one 1–1 row each; an empty string is an empty side. */
final class QaFixtures {

    private static final Document ENGLISH = DocumentReader.fromText("en.txt", "", Language.EN);
    private static final Document VIETNAMESE = DocumentReader.fromText("vi.txt", "", Language.VI);

    private QaFixtures() {
    }

    static Alignment rows(String... pairs) {
        List<AlignmentRow> rows = new ArrayList<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            rows.add(new AlignmentRow(new RowId(rows.size()), side(pairs[i]), side(pairs[i + 1]),
                    RowStatus.UNCONFIRMED, new Confidence(0.9)));
        }
        return new Alignment(ENGLISH, VIETNAMESE, rows, rows.size());
    }

    /** The same rows, all confirmed. */
    static Alignment confirmed(Alignment alignment) {
        return alignment.withRows(alignment.rows().stream().map(row -> row.withStatus(RowStatus.CONFIRMED)).toList(),
                alignment.nextId());
    }

    private static List<Sentence> side(String text) {
        return text.isEmpty() ? List.of() : List.of(new Sentence(text, 0, text.length()));
    }
}
