package org.songngu.core.document;

import java.util.Objects;

/** Where a paragraph lies in a document's text, before it is split into sentences. */
record BlockSpan(int start, int end, ParagraphKind kind) {

    BlockSpan {
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("block offsets [" + start + ", " + end + ") are not a valid range");
        }
    }
}
