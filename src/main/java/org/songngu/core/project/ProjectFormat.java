package org.songngu.core.project;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.songngu.core.align.Alignment;
import org.songngu.core.align.AlignmentRow;
import org.songngu.core.align.Confidence;
import org.songngu.core.align.RowId;
import org.songngu.core.align.RowStatus;
import org.songngu.core.document.Document;
import org.songngu.core.document.Paragraph;
import org.songngu.core.document.ParagraphKind;
import org.songngu.core.document.Sentence;
import org.songngu.core.glossary.Glossary;
import org.songngu.core.glossary.TermEntry;
import org.songngu.core.glossary.TermStatus;
import org.songngu.core.project.ProjectJson.DocumentJson;
import org.songngu.core.project.ProjectJson.ParagraphJson;
import org.songngu.core.project.ProjectJson.RowJson;
import org.songngu.core.project.ProjectJson.SentenceJson;
import org.songngu.core.project.ProjectJson.TermJson;
import org.songngu.core.text.Language;

/**
 * Converts between {@link Project} and its JSON shape. Reading checks only what the core records
 * check plus what it needs itself, so every project the workbench can hold can also be read back.
 */
final class ProjectFormat {

    /**
     * The format this version writes and the newest it reads. Format 2 leaves out a row sentence's
     * text where the document text at its offsets reads the same (all but edited sentences),
     * which halves a large project's file; format 1 files, with every text written, still load.
     */
    static final int VERSION = 2;

    private final String file;

    private ProjectFormat(String file) {
        this.file = file;
    }

    static ProjectJson toJson(Project project) {
        Alignment alignment = project.alignment();
        return new ProjectJson(VERSION, project.name(), project.created().toString(), project.modified().toString(),
                toJson(alignment.english(), project.englishSource()),
                toJson(alignment.vietnamese(), project.vietnameseSource()),
                alignment.rows().stream().map(row -> toJson(row, alignment)).toList(), alignment.nextId(),
                project.glossary().entries().stream()
                        .map(e -> new TermJson(e.english(), e.vietnamese(), e.status().label(), e.note())).toList());
    }

    private static DocumentJson toJson(Document document, String sourceFile) {
        List<ParagraphJson> paragraphs = new ArrayList<>();
        for (Paragraph paragraph : document.paragraphs()) {
            List<SentenceJson> sentences = new ArrayList<>();
            for (Sentence sentence : paragraph.sentences()) {
                sentences.add(toJson(sentence, document.text()));
            }
            paragraphs.add(new ParagraphJson(paragraph.start(), paragraph.end(), name(paragraph.kind()), sentences));
        }
        return new DocumentJson(sourceFile, document.name(), document.language().code(), document.text(), paragraphs);
    }

    private static RowJson toJson(AlignmentRow row, Alignment alignment) {
        return new RowJson(row.id().value(), sentences(row.english(), alignment.english().text()),
                sentences(row.vietnamese(), alignment.vietnamese().text()), name(row.status()), row.confidence().value());
    }

    private static List<SentenceJson> sentences(List<Sentence> sentences, String documentText) {
        return sentences.stream().map(s -> toJson(s, documentText)).toList();
    }

    /** A sentence's offsets, and its text only where the document text at them reads otherwise. */
    private static SentenceJson toJson(Sentence sentence, String documentText) {
        boolean derivable = sentence.end() <= documentText.length()
                && sentence.end() - sentence.start() == sentence.text().length()
                && documentText.startsWith(sentence.text(), sentence.start());
        return new SentenceJson(derivable ? null : sentence.text(), sentence.start(), sentence.end());
    }

    /** Reads a project from its JSON shape; {@code file} names the file in messages. */
    static Project fromJson(ProjectJson json, String file) throws ProjectFileException {
        return new ProjectFormat(file).project(json);
    }

    private Project project(ProjectJson json) throws ProjectFileException {
        String name = required(json.name(), Field.of("name"));
        Instant created = instant(json.created(), Field.of("created"));
        Instant modified = instant(json.modified(), Field.of("modified"));
        DocumentJson englishJson = required(json.english(), Field.of("english"));
        DocumentJson vietnameseJson = required(json.vietnamese(), Field.of("vietnamese"));
        DocumentSentences englishSentences = document(englishJson, Field.of("english"));
        DocumentSentences vietnameseSentences = document(vietnameseJson, Field.of("vietnamese"));
        Document english = englishSentences.document();
        Document vietnamese = vietnameseSentences.document();
        List<RowJson> rowsJson = required(json.rows(), Field.of("rows"));
        List<AlignmentRow> rows = new ArrayList<>();
        for (int i = 0; i < rowsJson.size(); i++) {
            rows.add(row(rowsJson.get(i), englishSentences, vietnameseSentences, Field.of("rows").at(i)));
        }
        long nextId = required(json.nextId(), Field.of("nextId"));
        Alignment alignment;
        try {
            alignment = new Alignment(english, vietnamese, rows, nextId);
        } catch (IllegalArgumentException e) {
            throw invalid(Field.of("rows"), e);
        }
        String englishSource = required(englishJson.sourceFile(), Field.of("english.sourceFile"));
        String vietnameseSource = required(vietnameseJson.sourceFile(), Field.of("vietnamese.sourceFile"));
        Glossary glossary = glossary(json.glossary());
        try {
            return new Project(name, alignment, created, modified, englishSource, vietnameseSource, glossary);
        } catch (IllegalArgumentException e) {
            throw invalid(Field.of(name.isBlank() ? "name" : "modified"), e);
        }
    }

    private Glossary glossary(List<TermJson> json) throws ProjectFileException {
        if (json == null) {
            return Glossary.empty();
        }
        List<TermEntry> entries = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            Field field = Field.of("glossary").at(i);
            TermJson term = required(json.get(i), field);
            TermStatus status = TermStatus.APPROVED;
            if (term.status() != null) {
                status = constant(TermStatus.class, term.status(), field.dot("status"));
            }
            try {
                entries.add(new TermEntry(required(term.en(), field.dot("en")), required(term.vi(), field.dot("vi")),
                        status, term.note() == null ? "" : term.note()));
            } catch (IllegalArgumentException e) {
                throw invalid(field, e);
            }
        }
        try {
            return Glossary.of(entries);
        } catch (IllegalArgumentException e) {
            throw invalid(Field.of("glossary"), e);
        }
    }

    private DocumentSentences document(DocumentJson json, Field field) throws ProjectFileException {
        String name = required(json.name(), field.dot("name"));
        String code = required(json.language(), field.dot("language"));
        Language language;
        try {
            language = Language.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw invalid(field.dot("language"), e);
        }
        String text = required(json.text(), field.dot("text"));
        List<ParagraphJson> paragraphsJson = required(json.paragraphs(), field.dot("paragraphs"));
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Sentence> derived = new ArrayList<>();
        for (int i = 0; i < paragraphsJson.size(); i++) {
            paragraphs.add(paragraph(paragraphsJson.get(i), text, derived, field.dot("paragraphs").at(i)));
        }
        return new DocumentSentences(new Document(name, language, text, paragraphs), derived);
    }

    /** A paragraph; sentences whose text it takes from the document text are added to {@code derived}. */
    private Paragraph paragraph(ParagraphJson json, String text, List<Sentence> derived, Field field)
            throws ProjectFileException {
        required(json, field);
        int start = required(json.start(), field.dot("start"));
        int end = required(json.end(), field.dot("end"));
        ParagraphKind kind = constant(ParagraphKind.class, required(json.kind(), field.dot("kind")), field.dot("kind"));
        List<SentenceJson> sentencesJson = required(json.sentences(), field.dot("sentences"));
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < sentencesJson.size(); i++) {
            Field sentenceField = field.dot("sentences").at(i);
            SentenceJson sentence = required(sentencesJson.get(i), sentenceField);
            Sentence read = sentence(sentence, sentence.text() == null ? text : null, sentenceField);
            if (sentence.text() == null) {
                derived.add(read);
            }
            sentences.add(read);
        }
        try {
            return new Paragraph(start, end, kind, sentences);
        } catch (IllegalArgumentException e) {
            throw invalid(field, e);
        }
    }

    private AlignmentRow row(RowJson json, DocumentSentences englishSentences, DocumentSentences vietnameseSentences,
            Field field) throws ProjectFileException {
        required(json, field);
        long id = required(json.id(), field.dot("id"));
        List<Sentence> english = rowSentences(required(json.english(), field.dot("english")), englishSentences,
                field.dot("english"));
        List<Sentence> vietnamese = rowSentences(required(json.vietnamese(), field.dot("vietnamese")),
                vietnameseSentences, field.dot("vietnamese"));
        RowStatus status = constant(RowStatus.class, required(json.status(), field.dot("status")), field.dot("status"));
        double confidence = required(json.confidence(), field.dot("confidence"));
        try {
            return new AlignmentRow(new RowId(id), english, vietnamese, status, new Confidence(confidence));
        } catch (IllegalArgumentException e) {
            throw invalid(field, e);
        }
    }

    /**
     * A row's sentences. One whose text is left out is, nearly always, a sentence of the document
     * itself: that very object is taken, so that a large project does not hold each text twice.
     */
    private List<Sentence> rowSentences(List<SentenceJson> json, DocumentSentences document, Field field)
            throws ProjectFileException {
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            Field sentenceField = field.at(i);
            SentenceJson sentence = required(json.get(i), sentenceField);
            Sentence same = sentence.text() == null ? document.at(sentence.start(), sentence.end()) : null;
            sentences.add(same != null ? same
                    : sentence(sentence, sentence.text() == null ? document.text() : null, sentenceField));
        }
        return sentences;
    }

    /**
     * A document with, by offsets, its sentences whose text was taken from the document text: those
     * a row can name by offsets alone. (A paragraph sentence written out in full is left out even
     * if it happens to read the same; its row sentence then gets an equal copy.)
     */
    private static final class DocumentSentences {

        private final Document document;
        private final Sentence[] byStart;

        DocumentSentences(Document document, List<Sentence> derived) {
            this.document = document;
            this.byStart = derived.toArray(Sentence[]::new);
            Arrays.sort(byStart, Comparator.comparingInt(Sentence::start));
        }

        Document document() {
            return document;
        }

        String text() {
            return document.text();
        }

        /** The document's sentence at exactly these offsets, or null. */
        Sentence at(Integer start, Integer end) {
            if (start == null || end == null) {
                return null;
            }
            int low = 0;
            int high = byStart.length - 1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                int found = byStart[middle].start();
                if (found < start) {
                    low = middle + 1;
                } else if (found > start) {
                    high = middle - 1;
                } else {
                    return byStart[middle].end() == end ? byStart[middle] : null;
                }
            }
            return null;
        }
    }

    /** A sentence whose text is either written out or, when {@code documentText} is given, taken from it. */
    private Sentence sentence(SentenceJson json, String documentText, Field field) throws ProjectFileException {
        int start = required(json.start(), field.dot("start"));
        int end = required(json.end(), field.dot("end"));
        String text = json.text();
        if (documentText != null) {
            if (start < 0 || end < start || end > documentText.length()) {
                throw new ProjectFileException(file + ": field '" + field + "' is invalid: offsets [" + start + ", "
                        + end + ") lie outside the document text of " + documentText.length() + " characters");
            }
            text = documentText.substring(start, end);
        }
        try {
            return new Sentence(text, start, end);
        } catch (IllegalArgumentException e) {
            throw invalid(field, e);
        }
    }

    private Instant instant(String value, Field field) throws ProjectFileException {
        required(value, field);
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ProjectFileException(file + ": field '" + field + "' is '" + value
                    + "', not a time such as 2026-01-31T09:30:00Z", e);
        }
    }

    private <E extends Enum<E>> E constant(Class<E> type, String value, Field field) throws ProjectFileException {
        for (E constant : type.getEnumConstants()) {
            if (name(constant).equals(value)) {
                return constant;
            }
        }
        List<String> names = List.of(type.getEnumConstants()).stream().map(ProjectFormat::name).toList();
        throw new ProjectFileException(file + ": field '" + field + "' is '" + value + "'; expected one of "
                + String.join(", ", names));
    }

    /** Enum constants are written in lower case so that the file does not spell Java names. */
    private static String name(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    private <T> T required(T value, Field field) throws ProjectFileException {
        if (value == null) {
            throw new ProjectFileException(file + ": field '" + field + "' is missing");
        }
        return value;
    }

    /** Where a value sits in the file, such as rows[3].english[0].start, spelt out only for a message. */
    private record Field(Field parent, String name, int index) {

        static Field of(String name) {
            return new Field(null, name, -1);
        }

        Field dot(String child) {
            return new Field(this, child, -1);
        }

        Field at(int position) {
            return new Field(this, null, position);
        }

        @Override
        public String toString() {
            if (parent == null) {
                return name;
            }
            return name == null ? parent + "[" + index + "]" : parent + "." + name;
        }
    }

    private ProjectFileException invalid(Field field, IllegalArgumentException e) {
        return new ProjectFileException(file + ": field '" + field + "' is invalid: " + e.getMessage(), e);
    }
}
