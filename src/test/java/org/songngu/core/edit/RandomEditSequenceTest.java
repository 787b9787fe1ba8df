package org.songngu.core.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.songngu.core.align.Aligner;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.Confidence;
import org.songngu.core.align.Lexicon;
import org.songngu.core.align.RowId;
import org.songngu.core.align.RowStatus;
import org.songngu.core.align.SentenceSide;
import org.songngu.core.document.Document;
import org.songngu.core.document.DocumentReadException;
import org.songngu.core.document.DocumentReader;
import org.songngu.core.document.Sentence;
import org.songngu.core.edit.MoveSentence.Direction;
import org.songngu.core.task.Cancellation;
import org.songngu.core.task.ProgressListener;
import org.songngu.core.text.Language;

/**
 * Random edit sequences over the aligned seed documents: every step undoes to the alignment before
 * it and redoes to the same result, no sentence is lost, duplicated or reordered, and undoing
 * everything gives back the aligner's alignment.
 */
class RandomEditSequenceTest {

    private static final int STEPS = 600;

    private static Alignment original;

    @BeforeAll
    static void alignSeeds() throws DocumentReadException {
        Document en = DocumentReader.read(Path.of("seeds", "blood-retransfusion.en.txt"), Language.EN);
        Document vi = DocumentReader.read(Path.of("seeds", "truyen-mau-nguoc.vi.txt"), Language.VI);
        original = Alignment.of(en, vi, new Aligner(Lexicon.builtIn()).align(SentenceSide.of(en), SentenceSide.of(vi),
                ProgressListener.NONE, Cancellation.NEVER));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2024})
    void structuralEditsKeepEverySentenceOnceAndInOrder(long seed) throws EditRejectedException {
        run(seed, false);
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 11, 99})
    void editsIncludingTextChangesUndoToTheOriginal(long seed) throws EditRejectedException {
        run(seed, true);
    }

    private static void run(long seed, boolean textEdits) throws EditRejectedException {
        Random random = new Random(seed);
        EditHistory history = new EditHistory(original);
        int performed = 0;
        for (int step = 0; step < STEPS; step++) {
            Alignment before = history.current();
            AlignmentEdit edit = randomEdit(before, random, textEdits);
            try {
                history.perform(edit);
            } catch (EditRejectedException rejected) {
                assertThat(history.current()).isSameAs(before);
                continue;
            }
            performed++;
            Alignment after = history.current();
            assertThat(history.undo()).as("seed %d step %d: undo %s", seed, step, edit).isEqualTo(before);
            assertThat(history.redo()).as("seed %d step %d: redo %s", seed, step, edit).isEqualTo(after);
            int splits = countSplits(edit);
            checkSentences(before, after, original.english(), Side.ENGLISH, textEdits, splits);
            checkSentences(before, after, original.vietnamese(), Side.VIETNAMESE, textEdits, splits);
        }
        assertThat(performed).as("seed %d: enough edits were accepted to mean something", seed).isGreaterThan(STEPS / 4);
        while (history.canUndo()) {
            history.undo();
        }
        assertThat(history.current()).isEqualTo(original);
        assertThat(history.isDirty()).isFalse();
    }

    private static void checkSentences(Alignment before, Alignment after, Document document, Side side,
            boolean textEdits, int splits) {
        List<Sentence> sentences = flatten(after, side);
        if (!textEdits) {
            assertThat(sentences).isEqualTo(document.sentences());
            return;
        }
        // Text edits and sentence splits change texts, but offsets still show order and coverage.
        int previous = -1;
        for (Sentence sentence : sentences) {
            assertThat(sentence.start()).isGreaterThanOrEqualTo(previous);
            previous = sentence.start();
        }
        Set<Integer> starts = new HashSet<>();
        sentences.forEach(sentence -> starts.add(sentence.start()));
        for (Sentence sentence : document.sentences()) {
            assertThat(starts).contains(sentence.start());
        }
        int added = sentences.size() - flatten(before, side).size();
        assertThat(added).isBetween(0, splits);
    }

    private static List<Sentence> flatten(Alignment alignment, Side side) {
        return alignment.rows().stream().flatMap(row -> side.of(row).stream()).toList();
    }

    private static int countSplits(AlignmentEdit edit) {
        if (edit instanceof SplitSentence) {
            return 1;
        }
        if (edit instanceof CompoundEdit compound) {
            return compound.edits().stream().mapToInt(RandomEditSequenceTest::countSplits).sum();
        }
        return 0;
    }

    private static AlignmentEdit randomEdit(Alignment alignment, Random random, boolean textEdits) {
        int index = random.nextInt(alignment.size());
        AlignmentRow row = alignment.row(index);
        Side side = random.nextBoolean() ? Side.ENGLISH : Side.VIETNAMESE;
        List<Sentence> sentences = side.of(row);
        int choice = random.nextInt(textEdits ? 12 : 10);
        return switch (choice) {
            case 0 -> new MergeRows(row.id());
            case 1 -> new SplitRow(row.id(), random.nextInt(row.english().size() + 1),
                    random.nextInt(row.vietnamese().size() + 1));
            case 2 -> new MoveSentence(row.id(), side, random.nextBoolean() ? Direction.UP : Direction.DOWN);
            case 3 -> new InsertEmptyRow(random.nextInt(10) == 0 ? RowPosition.top() : RowPosition.after(row.id()));
            case 4 -> new DeleteEmptyRow(row.id());
            case 5 -> randomStatus(alignment, index, random);
            case 6 -> realign(alignment, index, random);
            case 7 -> new CompoundEdit("Two edits", List.of(randomEdit(alignment, random, textEdits),
                    randomEdit(alignment, random, textEdits)));
            case 8 -> new MergeRows(new RowId(alignment.nextId() + random.nextInt(5)));
            case 9 -> new MoveSentence(row.id(), side, Direction.UP);
            case 10 -> new EditSentenceText(row.id(), side, random.nextInt(sentences.size() + 1),
                    random.nextInt(8) == 0 ? " " : "edited " + random.nextInt(1000) + " " + textOf(sentences));
            default -> new SplitSentence(row.id(), side, random.nextInt(sentences.size() + 1),
                    sentences.isEmpty() ? 1 : random.nextInt(sentences.get(0).text().length() + 1));
        };
    }

    private static String textOf(List<Sentence> sentences) {
        return sentences.isEmpty() ? "" : sentences.get(0).text();
    }

    private static SetStatus randomStatus(Alignment alignment, int index, Random random) {
        Set<RowId> rows = new HashSet<>();
        int count = 1 + random.nextInt(3);
        for (int i = index; i < Math.min(alignment.size(), index + count); i++) {
            rows.add(alignment.row(i).id());
        }
        // Unconfirming more often than confirming keeps most rows editable.
        return new SetStatus(rows, random.nextInt(3) == 0 ? RowStatus.CONFIRMED : RowStatus.UNCONFIRMED);
    }

    /** A realignment proposal: the same sentences of a few rows, regrouped into new rows with new ids. */
    private static ReplaceRows realign(Alignment alignment, int first, Random random) {
        int last = Math.min(alignment.size() - 1, first + random.nextInt(4));
        List<Sentence> english = new ArrayList<>();
        List<Sentence> vietnamese = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            english.addAll(alignment.row(i).english());
            vietnamese.addAll(alignment.row(i).vietnamese());
        }
        int rowCount = 1 + random.nextInt(4);
        List<AlignmentRow> rows = new ArrayList<>();
        int en = 0;
        int vi = 0;
        for (int r = 0; r < rowCount; r++) {
            boolean lastRow = r == rowCount - 1;
            int enEnd = lastRow ? english.size() : en + random.nextInt(english.size() - en + 1);
            int viEnd = lastRow ? vietnamese.size() : vi + random.nextInt(vietnamese.size() - vi + 1);
            rows.add(new AlignmentRow(new RowId(alignment.nextId() + r), english.subList(en, enEnd),
                    vietnamese.subList(vi, viEnd), RowStatus.UNCONFIRMED, new Confidence(random.nextDouble())));
            en = enEnd;
            vi = viEnd;
        }
        return ReplaceRows.range(alignment, first, last, rows);
    }
}
