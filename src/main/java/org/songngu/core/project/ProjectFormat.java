package org.songngu.core.project;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
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

    /** The format this version writes and the newest it reads. */
    static final int VERSION = 1;

    private final String file;

    private ProjectFormat(String file) {
        this.file = file;
    }

    static ProjectJson toJson(Project project) {
        Alignment alignment = project.alignment();
        return new ProjectJson(VERSION, project.name(), project.created().toString(), project.modified().toString(),
                toJson(alignment.english(), project.englishSource()),
                toJson(alignment.vietnamese(), project.vietnameseSource()),
                alignment.rows().stream().map(ProjectFormat::toJson).toList(), alignment.nextId(),
                project.glossary().entries().stream()
                        .map(e -> new TermJson(e.english(), e.vietnamese(), e.status().label(), e.note())).toList());
    }

    private static DocumentJson toJson(Document document, String sourceFile) {
        List<ParagraphJson> paragraphs = new ArrayList<>();
        for (Paragraph paragraph : document.paragraphs()) {
            List<SentenceJson> sentences = new ArrayList<>();
            for (Sentence sentence : paragraph.sentences()) {
                boolean derivable = sentence.end() <= document.text().length()
                        && document.text().substring(sentence.start(), sentence.end()).equals(sentence.text());
                sentences.add(new SentenceJson(derivable ? null : sentence.text(), sentence.start(), sentence.end()));
            }
            paragraphs.add(new ParagraphJson(paragraph.start(), paragraph.end(), name(paragraph.kind()), sentences));
        }
        return new DocumentJson(sourceFile, document.name(), document.language().code(), document.text(), paragraphs);
    }

    private static RowJson toJson(AlignmentRow row) {
        return new RowJson(row.id().value(), sentences(row.english()), sentences(row.vietnamese()),
                name(row.status()), row.confidence().value());
    }

    private static List<SentenceJson> sentences(List<Sentence> sentences) {
        return sentences.stream().map(s -> new SentenceJson(s.text(), s.start(), s.end())).toList();
    }

    /** Reads a project from its JSON shape; {@code file} names the file in messages. */
    static Project fromJson(ProjectJson json, String file) throws ProjectFileException {
        return new ProjectFormat(file).project(json);
    }

    private Project project(ProjectJson json) throws ProjectFileException {
        String name = required(json.name(), "name");
        Instant created = instant(json.created(), "created");
        Instant modified = instant(json.modified(), "modified");
        DocumentJson englishJson = required(json.english(), "english");
        DocumentJson vietnameseJson = required(json.vietnamese(), "vietnamese");
        Document english = document(englishJson, "english");
        Document vietnamese = document(vietnameseJson, "vietnamese");
        List<RowJson> rowsJson = required(json.rows(), "rows");
        List<AlignmentRow> rows = new ArrayList<>();
        for (int i = 0; i < rowsJson.size(); i++) {
            rows.add(row(rowsJson.get(i), "rows[" + i + "]"));
        }
        long nextId = required(json.nextId(), "nextId");
        Alignment alignment;
        try {
            alignment = new Alignment(english, vietnamese, rows, nextId);
        } catch (IllegalArgumentException e) {
            throw invalid("rows", e);
        }
        String englishSource = required(englishJson.sourceFile(), "english.sourceFile");
        String vietnameseSource = required(vietnameseJson.sourceFile(), "vietnamese.sourceFile");
        Glossary glossary = glossary(json.glossary());
        try {
            return new Project(name, alignment, created, modified, englishSource, vietnameseSource, glossary);
        } catch (IllegalArgumentException e) {
            throw invalid(name.isBlank() ? "name" : "modified", e);
        }
    }

    private Glossary glossary(List<TermJson> json) throws ProjectFileException {
        if (json == null) {
            return Glossary.empty();
        }
        List<TermEntry> entries = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            String field = "glossary[" + i + "]";
            TermJson term = required(json.get(i), field);
            TermStatus status = TermStatus.APPROVED;
            if (term.status() != null) {
                status = constant(TermStatus.class, term.status(), field + ".status");
            }
            try {
                entries.add(new TermEntry(required(term.en(), field + ".en"), required(term.vi(), field + ".vi"),
                        status, term.note() == null ? "" : term.note()));
            } catch (IllegalArgumentException e) {
                throw invalid(field, e);
            }
        }
        try {
            return Glossary.of(entries);
        } catch (IllegalArgumentException e) {
            throw invalid("glossary", e);
        }
    }

    private Document document(DocumentJson json, String field) throws ProjectFileException {
        String name = required(json.name(), field + ".name");
        String code = required(json.language(), field + ".language");
        Language language;
        try {
            language = Language.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw invalid(field + ".language", e);
        }
        String text = required(json.text(), field + ".text");
        List<ParagraphJson> paragraphsJson = required(json.paragraphs(), field + ".paragraphs");
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < paragraphsJson.size(); i++) {
            paragraphs.add(paragraph(paragraphsJson.get(i), text, field + ".paragraphs[" + i + "]"));
        }
        return new Document(name, language, text, paragraphs);
    }

    private Paragraph paragraph(ParagraphJson json, String text, String field) throws ProjectFileException {
        required(json, field);
        int start = required(json.start(), field + ".start");
        int end = required(json.end(), field + ".end");
        ParagraphKind kind = constant(ParagraphKind.class, required(json.kind(), field + ".kind"), field + ".kind");
        List<SentenceJson> sentencesJson = required(json.sentences(), field + ".sentences");
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < sentencesJson.size(); i++) {
            String sentenceField = field + ".sentences[" + i + "]";
            SentenceJson sentence = required(sentencesJson.get(i), sentenceField);
            sentences.add(sentence(sentence, sentence.text() == null ? text : null, sentenceField));
        }
        try {
            return new Paragraph(start, end, kind, sentences);
        } catch (IllegalArgumentException e) {
            throw invalid(field, e);
        }
    }

    private AlignmentRow row(RowJson json, String field) throws ProjectFileException {
        required(json, field);
        long id = required(json.id(), field + ".id");
        List<Sentence> english = rowSentences(required(json.english(), field + ".english"), field + ".english");
        List<Sentence> vietnamese = rowSentences(required(json.vietnamese(), field + ".vietnamese"),
                field + ".vietnamese");
        RowStatus status = constant(RowStatus.class, required(json.status(), field + ".status"), field + ".status");
        double confidence = required(json.confidence(), field + ".confidence");
        try {
            return new AlignmentRow(new RowId(id), english, vietnamese, status, new Confidence(confidence));
        } catch (IllegalArgumentException e) {
            throw invalid(field, e);
        }
    }

    private List<Sentence> rowSentences(List<SentenceJson> json, String field) throws ProjectFileException {
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            String sentenceField = field + "[" + i + "]";
            SentenceJson sentence = required(json.get(i), sentenceField);
            required(sentence.text(), sentenceField + ".text");
            sentences.add(sentence(sentence, null, sentenceField));
        }
        return sentences;
    }

    /** A sentence whose text is either written out or, when {@code documentText} is given, taken from it. */
    private Sentence sentence(SentenceJson json, String documentText, String field) throws ProjectFileException {
        int start = required(json.start(), field + ".start");
        int end = required(json.end(), field + ".end");
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

    private Instant instant(String value, String field) throws ProjectFileException {
        required(value, field);
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ProjectFileException(file + ": field '" + field + "' is '" + value
                    + "', not a time such as 2026-01-31T09:30:00Z", e);
        }
    }

    private <E extends Enum<E>> E constant(Class<E> type, String value, String field) throws ProjectFileException {
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

    private <T> T required(T value, String field) throws ProjectFileException {
        if (value == null) {
            throw new ProjectFileException(file + ": field '" + field + "' is missing");
        }
        return value;
    }

    private ProjectFileException invalid(String field, IllegalArgumentException e) {
        return new ProjectFileException(file + ": field '" + field + "' is invalid: " + e.getMessage(), e);
    }
}
