package org.songngu.core.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The JSON shape of a project file, format 1, kept apart from the core records so that renaming a
 * Java field never changes the file format. Every field is boxed or a reference so that a missing
 * field reads as null and can be reported by name instead of silently becoming 0.
 */
@JsonPropertyOrder({"formatVersion", "name", "created", "modified", "english", "vietnamese", "rows", "nextId", "glossary"})
record ProjectJson(Integer formatVersion, String name, String created, String modified, DocumentJson english,
        DocumentJson vietnamese, List<RowJson> rows, Long nextId,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<TermJson> glossary) {

    /** A document with the file it was read from; sentences in paragraphs carry text only when it is not derivable. */
    @JsonPropertyOrder({"sourceFile", "name", "language", "text", "paragraphs"})
    record DocumentJson(String sourceFile, String name, String language, String text,
            List<ParagraphJson> paragraphs) {
    }

    @JsonPropertyOrder({"start", "end", "kind", "sentences"})
    record ParagraphJson(Integer start, Integer end, String kind, List<SentenceJson> sentences) {
    }

    @JsonPropertyOrder({"id", "english", "vietnamese", "status", "confidence"})
    record RowJson(Long id, List<SentenceJson> english, List<SentenceJson> vietnamese, String status,
            Double confidence) {
    }

    /**
     * A sentence by its offsets in the document text. In a paragraph the text is left out when it
     * equals the text between the offsets; in a row it is always written, because rows hold edited text.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"text", "start", "end"})
    record SentenceJson(String text, Integer start, Integer end) {
    }

    /**
     * A glossary entry. The glossary array is optional (added within format 1: older files have
     * none and older readers ignore it); status defaults to approved and an empty note is left out.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"en", "vi", "status", "note"})
    record TermJson(String en, String vi, String status, String note) {
    }
}
