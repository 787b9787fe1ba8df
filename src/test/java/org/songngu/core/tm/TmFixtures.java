package org.songngu.core.tm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.Bead;
import org.songngu.core.align.RowStatus;
import org.songngu.core.document.Document;
import org.songngu.core.document.DocumentReader;
import org.songngu.core.document.Sentence;
import org.songngu.core.project.Project;
import org.songngu.core.text.Language;

/** Small real projects for the export tests. */
final class TmFixtures {

    static final Instant CREATED = Instant.parse("2026-11-20T08:00:00Z");
    static final Instant MODIFIED = Instant.parse("2026-11-23T10:15:30.123456Z");
    static final Instant EXPORTED = Instant.parse("2026-11-23T11:00:05Z");

    private TmFixtures() {
    }

    /**
     * Four rows: a confirmed 1–1, an unconfirmed 2–1 of confidence 0.81, an unconfirmed 1–1 of
     * confidence 0.40, and a 0–1 row.
     */
    static Project river() {
        Document english = DocumentReader.fromText("river-en.txt",
                "The river is wide. It flows south. It is old.\n\nThe village sleeps.\n", Language.EN);
        Document vietnamese = DocumentReader.fromText("sông-vi.txt",
                "Dòng sông rộng. Nó chảy về phía nam, đã lâu đời.\n\nNgôi làng ngủ yên. Gà gáy sáng.\n", Language.VI);
        Alignment aligned = Alignment.of(english, vietnamese, List.of(
                new Bead(0, 1, 0, 1, 0.97),
                new Bead(1, 2, 1, 1, 0.81),
                new Bead(3, 1, 2, 1, 0.40),
                new Bead(4, 0, 3, 1, 0.12)));
        List<AlignmentRow> rows = new ArrayList<>(aligned.rows());
        rows.set(0, rows.get(0).withStatus(RowStatus.CONFIRMED));
        return new Project("Dòng sông", aligned.withRows(rows, aligned.nextId()), CREATED, MODIFIED,
                "river-en.txt", "sông-vi.txt");
    }

    /** One 1–1 row whose sentences are the given texts. */
    static Project oneRow(String englishText, String vietnameseText) {
        Document english = DocumentReader.fromText("en.txt", "Placeholder.", Language.EN);
        Document vietnamese = DocumentReader.fromText("vi.txt", "Chỗ trống.", Language.VI);
        Alignment aligned = Alignment.of(english, vietnamese, List.of(new Bead(0, 1, 0, 1, 0.5)));
        AlignmentRow row = aligned.row(0).withSides(List.of(new Sentence(englishText, 0, 12)),
                List.of(new Sentence(vietnameseText, 0, 10)));
        return new Project("one", aligned.withRows(List.of(row), aligned.nextId()), CREATED, MODIFIED,
                "en.txt", "vi.txt");
    }
}
