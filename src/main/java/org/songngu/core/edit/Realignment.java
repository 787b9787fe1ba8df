package org.songngu.core.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.songngu.core.align.Aligner;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.Bead;
import org.songngu.core.align.Confidence;
import org.songngu.core.align.RowId;
import org.songngu.core.align.RowStatus;
import org.songngu.core.align.SentenceSide;
import org.songngu.core.document.Document;
import org.songngu.core.document.Paragraph;
import org.songngu.core.document.Sentence;
import org.songngu.core.task.Cancellation;
import org.songngu.core.task.ProgressListener;

/**
 * Proposes a new alignment of the unconfirmed rows: confirmed rows become anchors the aligner keeps,
 * with their ids and status, and everything between them is aligned afresh. The proposal is one
 * {@link ReplaceRows} of all rows, so accepting it is a single undoable step.
 */
public final class Realignment {

    /** A confirmed row without sentences: it cannot anchor the aligner, so it is put back where it stood. */
    private record KeptEmptyRow(int english, int vietnamese, AlignmentRow row) {
    }

    private Realignment() {
    }

    /** Long work: call it off the event thread. */
    public static ReplaceRows propose(Alignment alignment, Aligner aligner, ProgressListener progress,
            Cancellation cancellation) {
        if (alignment.size() == 0) {
            throw new IllegalArgumentException("an alignment without rows has nothing to realign");
        }
        List<Sentence> english = new ArrayList<>();
        List<Sentence> vietnamese = new ArrayList<>();
        List<Bead> anchors = new ArrayList<>();
        Map<Bead, AlignmentRow> anchored = new HashMap<>();
        List<KeptEmptyRow> keptEmpty = new ArrayList<>();
        for (AlignmentRow row : alignment.rows()) {
            if (row.status() == RowStatus.CONFIRMED && row.isEmpty()) {
                keptEmpty.add(new KeptEmptyRow(english.size(), vietnamese.size(), row));
            } else if (row.status() == RowStatus.CONFIRMED) {
                Bead anchor = new Bead(english.size(), row.english().size(), vietnamese.size(), row.vietnamese().size(),
                        row.confidence().value());
                anchors.add(anchor);
                anchored.put(anchor, row);
            }
            english.addAll(row.english());
            vietnamese.addAll(row.vietnamese());
        }
        List<Bead> beads = aligner.align(side(english, alignment.english()), side(vietnamese, alignment.vietnamese()),
                anchors, progress, cancellation);

        List<AlignmentRow> rows = new ArrayList<>();
        long nextId = alignment.nextId();
        int kept = 0;
        for (Bead bead : beads) {
            while (kept < keptEmpty.size() && keptEmpty.get(kept).english() <= bead.enStart()
                    && keptEmpty.get(kept).vietnamese() <= bead.viStart()) {
                rows.add(keptEmpty.get(kept++).row());
            }
            AlignmentRow anchor = anchored.get(bead);
            rows.add(anchor != null ? anchor
                    : new AlignmentRow(new RowId(nextId++), english.subList(bead.enStart(), bead.enEnd()),
                            vietnamese.subList(bead.viStart(), bead.viEnd()), RowStatus.UNCONFIRMED,
                            new Confidence(bead.confidence())));
        }
        rows.addAll(keptEmpty.subList(kept, keptEmpty.size()).stream().map(KeptEmptyRow::row).toList());
        return ReplaceRows.range(alignment, 0, alignment.size() - 1, rows);
    }

    /**
     * The sentences as the rows hold them now (edited text included), with paragraph starts taken
     * from the document, since a paragraph break is a strong hint for the aligner.
     */
    private static SentenceSide side(List<Sentence> sentences, Document document) {
        Set<Integer> paragraphStarts = new HashSet<>();
        for (Paragraph paragraph : document.paragraphs()) {
            if (!paragraph.sentences().isEmpty()) {
                paragraphStarts.add(paragraph.sentences().get(0).start());
            }
        }
        return new SentenceSide(sentences.stream().map(Sentence::text).toList(),
                sentences.stream().map(s -> paragraphStarts.contains(s.start())).toList());
    }
}
