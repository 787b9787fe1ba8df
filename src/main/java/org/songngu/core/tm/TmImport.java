package org.songngu.core.tm;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.RowId;
import org.songngu.core.document.Document;
import org.songngu.core.document.Paragraph;
import org.songngu.core.document.ParagraphKind;
import org.songngu.core.document.Sentence;
import org.songngu.core.project.Project;
import org.songngu.core.task.Cancellation;
import org.songngu.core.task.ProgressListener;
import org.songngu.core.text.Language;
import org.songngu.core.text.TextNormalizer;

/**
 * Turns a translation memory into a project whose rows are its units, so that a TM can be reviewed
 * and corrected in the workbench and exported again. Each side of a unit becomes one sentence and
 * one paragraph of a document built from the units' texts, so the project is as valid as an aligned
 * one; the units are streamed in, so memory holds the project being built and nothing more.
 */
public final class TmImport {

    private TmImport() {
    }

    /** A project and what the reader reported while building it. */
    public record Result(Project project, ImportReport report) {

        public Result {
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(report, "report");
        }
    }

    /**
     * Reads {@code file} with {@code reader} into a new project named {@code name}, created at {@code now}.
     *
     * @throws TmImportException when the file cannot be read or holds no English or Vietnamese unit
     */
    public static Result toProject(Path file, TranslationMemoryReader reader, String name, Instant now,
            ProgressListener progress, Cancellation cancellation) throws TmImportException {
        Rows rows = new Rows();
        ImportReport read = reader.read(file, rows::add, progress, cancellation);
        if (rows.size() == 0) {
            throw new TmImportException(file + ": has no unit with English or Vietnamese text "
                    + "(the languages are told by codes such as en, en-US, vi, vi-VN)");
        }
        String documentName = file.getFileName().toString();
        Alignment alignment = new Alignment(rows.english.document(documentName, Language.EN),
                rows.vietnamese.document(documentName, Language.VI), rows.rows, rows.size());
        Project project = new Project(name, alignment, now, now, file.toString(), file.toString());
        // Normalization can leave a side blank (only zero-width characters): such a unit is skipped too.
        int blank = read.unitsRead() - rows.size();
        return new Result(project, new ImportReport(rows.size(), read.unitsSkipped() + blank));
    }

    /** The rows and both documents as they grow, unit by unit. */
    private static final class Rows {

        private final Side english = new Side();
        private final Side vietnamese = new Side();
        private final List<AlignmentRow> rows = new ArrayList<>();

        void add(TmUnit unit) {
            String en = TextNormalizer.normalize(unit.english()).strip();
            String vi = TextNormalizer.normalize(unit.vietnamese()).strip();
            if (en.isEmpty() && vi.isEmpty()) {
                return;
            }
            rows.add(new AlignmentRow(new RowId(rows.size()), english.add(en), vietnamese.add(vi), unit.status(),
                    unit.confidence()));
        }

        int size() {
            return rows.size();
        }
    }

    /** One document's text and paragraphs: each non-empty side of a unit is a paragraph of one sentence. */
    private static final class Side {

        private final StringBuilder text = new StringBuilder();
        private final List<Paragraph> paragraphs = new ArrayList<>();

        List<Sentence> add(String sentenceText) {
            if (sentenceText.isEmpty()) {
                return List.of();
            }
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(sentenceText);
            Sentence sentence = new Sentence(sentenceText, start, text.length());
            paragraphs.add(new Paragraph(start, text.length(), ParagraphKind.BODY, List.of(sentence)));
            return List.of(sentence);
        }

        Document document(String name, Language language) {
            return new Document(name, language, text.toString(), paragraphs);
        }
    }
}
