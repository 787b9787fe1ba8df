package org.songngu.core.document;

import java.util.Objects;

/** A paragraph's text and kind as a structured format (.docx, HTML) gives it, before layout. */
record Block(String text, ParagraphKind kind) {

    Block {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }
}
