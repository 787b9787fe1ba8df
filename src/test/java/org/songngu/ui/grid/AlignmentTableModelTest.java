package org.songngu.ui.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javax.swing.event.TableModelEvent;
import org.junit.jupiter.api.Test;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.Confidence;
import org.songngu.core.align.RowId;
import org.songngu.core.align.RowStatus;
import org.songngu.core.document.Document;
import org.songngu.core.document.DocumentReader;
import org.songngu.core.edit.EditHistory;
import org.songngu.core.edit.EditRejectedException;
import org.songngu.core.edit.MergeRows;
import org.songngu.core.edit.SplitRow;
import org.songngu.core.project.SyntheticProject;
import org.songngu.core.text.Language;

class AlignmentTableModelTest {

    private static final Document EN = DocumentReader.fromText("a.en.txt", "One. Two. Three.", Language.EN);
    private static final Document VI = DocumentReader.fromText("a.vi.txt", "Một. Hai. Ba.", Language.VI);

    /** Events as "type first-last", for readable assertions. */
    private final List<String> events = new ArrayList<>();

    @Test
    void aMergeDeletesOneRowAndUpdatesTheMergedOneOnly() throws EditRejectedException {
        EditHistory history = new EditHistory(threeRows());
        AlignmentTableModel model = modelFollowing(history);

        history.perform(new MergeRows(new RowId(1)));

        assertThat(events).containsExactly("deleted 2-2", "updated 1-1");
        assertThat(model.getRowCount()).isEqualTo(2);
    }

    @Test
    void aSplitInsertsOneRowAndUpdatesTheSplitOne() throws EditRejectedException {
        EditHistory history = new EditHistory(threeRows());
        AlignmentTableModel model = modelFollowing(history);
        history.perform(new MergeRows(new RowId(0)));
        events.clear();

        history.perform(new SplitRow(new RowId(0), 1, 1));

        assertThat(events).containsExactly("inserted 1-1", "updated 0-0");
        assertThat(model.getRowCount()).isEqualTo(3);
    }

    @Test
    void anEditInTheMiddleOfAHundredThousandRowsFiresEventsForTheChangedRowsOnly() throws EditRejectedException {
        Alignment large = SyntheticProject.generate(100_000, 11).alignment();
        int middle = 50_000;
        while (large.row(middle).status() == RowStatus.CONFIRMED || large.row(middle + 1).status() == RowStatus.CONFIRMED) {
            middle++;
        }
        EditHistory history = new EditHistory(large);
        AlignmentTableModel model = modelFollowing(history);

        history.perform(new MergeRows(large.row(middle).id()));
        history.undo();

        assertThat(events).containsExactly("deleted " + (middle + 1) + "-" + (middle + 1), "updated " + middle + "-" + middle,
                "inserted " + (middle + 1) + "-" + (middle + 1), "updated " + middle + "-" + middle);
        assertThat(model.getRowCount()).isEqualTo(100_000);
    }

    private AlignmentTableModel modelFollowing(EditHistory history) {
        AlignmentTableModel model = new AlignmentTableModel(history.current());
        history.addListener(change -> model.show(history.current(), change.first(), change.lastBefore(),
                change.lastAfter()));
        model.addTableModelListener(event -> events.add(switch (event.getType()) {
            case TableModelEvent.INSERT -> "inserted";
            case TableModelEvent.DELETE -> "deleted";
            default -> "updated";
        } + " " + event.getFirstRow() + "-" + event.getLastRow()));
        return model;
    }

    private static Alignment threeRows() {
        List<AlignmentRow> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rows.add(new AlignmentRow(new RowId(i), List.of(EN.sentences().get(i)), List.of(VI.sentences().get(i)),
                    RowStatus.UNCONFIRMED, new Confidence(0.9)));
        }
        return new Alignment(EN, VI, rows, 3);
    }
}
