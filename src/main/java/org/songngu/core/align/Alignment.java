package org.songngu.core.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.songngu.core.document.Document;
import org.songngu.core.document.Sentence;

/**
 * An immutable alignment of an English and a Vietnamese document: its rows in order. Row ids are
 * unique; {@link #nextId} is the id the next new row gets.
 */
public record Alignment(Document english, Document vietnamese, List<AlignmentRow> rows, long nextId) {

    public Alignment {
        Objects.requireNonNull(english, "english");
        Objects.requireNonNull(vietnamese, "vietnamese");
        rows = List.copyOf(rows);
        // Every edit makes a new alignment: sorted primitives check a large one without boxing an id per row.
        long[] ids = new long[rows.size()];
        for (int r = 0; r < ids.length; r++) {
            ids[r] = rows.get(r).id().value();
            if (ids[r] >= nextId) {
                throw new IllegalArgumentException("row id " + ids[r] + " is not below the next id " + nextId);
            }
        }
        Arrays.sort(ids);
        for (int r = 1; r < ids.length; r++) {
            if (ids[r] == ids[r - 1]) {
                throw new IllegalArgumentException("row id " + ids[r] + " occurs twice");
            }
        }
    }

    /** The aligner's rows over two documents, numbered from 0 in order. */
    public static Alignment of(Document english, Document vietnamese, List<Bead> beads) {
        List<Sentence> en = english.sentences();
        List<Sentence> vi = vietnamese.sentences();
        List<AlignmentRow> rows = new ArrayList<>(beads.size());
        for (Bead bead : beads) {
            rows.add(new AlignmentRow(new RowId(rows.size()),
                    en.subList(bead.enStart(), bead.enEnd()), vi.subList(bead.viStart(), bead.viEnd()),
                    RowStatus.UNCONFIRMED, new Confidence(bead.confidence())));
        }
        return new Alignment(english, vietnamese, rows, rows.size());
    }

    public AlignmentRow row(int index) {
        return rows.get(index);
    }

    public int size() {
        return rows.size();
    }

    /** The same documents with other rows. */
    public Alignment withRows(List<AlignmentRow> newRows, long newNextId) {
        return new Alignment(english, vietnamese, newRows, newNextId);
    }
}
