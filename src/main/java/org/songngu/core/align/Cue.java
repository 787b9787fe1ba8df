package org.songngu.core.align;

/**
 * A yes/no property of a row's side that translation tends to keep: it opens a paragraph, it
 * leaves a quotation open, it asks a question, it exclaims.
 */
enum Cue {
    PARAGRAPH_START,
    OPEN_QUOTE,
    QUESTION,
    EXCLAMATION;

    int bit() {
        return 1 << ordinal();
    }

    /** The cues of one sentence's text. */
    static int of(String text, boolean paragraphStart) {
        int quotes = 0;
        boolean question = false;
        boolean exclamation = false;
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '"', '“', '”', '«', '»' -> quotes++;
                case '?', '？' -> question = true;
                case '!', '！' -> exclamation = true;
                default -> { }
            }
        }
        return (paragraphStart ? PARAGRAPH_START.bit() : 0)
                | (quotes % 2 == 1 ? OPEN_QUOTE.bit() : 0)
                | (question ? QUESTION.bit() : 0)
                | (exclamation ? EXCLAMATION.bit() : 0);
    }

    /**
     * The cue bits of the sentences [from, from + count) taken together: the first one's paragraph
     * start, a quotation left open by an odd number of them, any question or exclamation.
     */
    static int of(SentenceFeatures[] side, int from, int count) {
        int combined = side[from].cues & (PARAGRAPH_START.bit() | QUESTION.bit() | EXCLAMATION.bit());
        int open = 0;
        for (int s = from; s < from + count; s++) {
            combined |= side[s].cues & (QUESTION.bit() | EXCLAMATION.bit());
            open ^= side[s].cues & OPEN_QUOTE.bit();
        }
        return combined | open;
    }
}
