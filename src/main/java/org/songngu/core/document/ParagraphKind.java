package org.songngu.core.document;

/** What a paragraph is in its document; headings and list items align differently from body text. */
public enum ParagraphKind {
    BODY,
    HEADING,
    LIST_ITEM
}
