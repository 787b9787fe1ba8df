package org.songngu.core.project;

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
import org.songngu.core.text.Language;

/** Small real projects for the tests: real documents, hand-written beads, then a person's edits. */
final class SampleProjects {

    static final Instant CREATED = Instant.parse("2026-11-20T08:00:00Z");
    static final Instant MODIFIED = Instant.parse("2026-11-23T10:15:30.123456Z");

    private SampleProjects() {
    }

    /** Three rows and an empty English side; row 0 confirmed, row 1 with edited English text. */
    static Project river() {
        Document english = DocumentReader.fromText("river-en.txt",
                "The river is wide. It flows south.\n\nThe village sleeps.\n", Language.EN);
        Document vietnamese = DocumentReader.fromText("sông-vi.txt",
                "Dòng sông rộng. Nó chảy về phía nam.\n\nNgôi làng ngủ yên. Gà gáy sáng.\n", Language.VI);
        Alignment aligned = Alignment.of(english, vietnamese, List.of(
                new Bead(0, 1, 0, 1, 0.97),
                new Bead(1, 1, 1, 1, 0.81),
                new Bead(2, 1, 2, 1, 0.64),
                new Bead(3, 0, 3, 1, 0.12)));
        List<AlignmentRow> rows = new ArrayList<>(aligned.rows());
        rows.set(0, rows.get(0).withStatus(RowStatus.CONFIRMED));
        Sentence flows = rows.get(1).english().get(0);
        rows.set(1, rows.get(1).withSides(List.of(new Sentence("It flows south, slowly.", flows.start(), flows.end())),
                rows.get(1).vietnamese()));
        return new Project("Dòng sông", aligned.withRows(rows, aligned.nextId()), CREATED, MODIFIED,
                "/home/lan/texts/river-en.txt", "sông-vi.docx");
    }

    /** One sentence on each side, small enough to spell its whole file out in a test. */
    static Project greeting() {
        Document english = DocumentReader.fromText("hello.txt", "Hello.", Language.EN);
        Document vietnamese = DocumentReader.fromText("xin-chào.txt", "Xin chào.", Language.VI);
        Alignment alignment = Alignment.of(english, vietnamese, List.of(new Bead(0, 1, 0, 1, 0.5)));
        return new Project("Chào", alignment, CREATED, MODIFIED, "hello.txt", "xin-chào.txt");
    }
}
