package org.songngu.core.align;

/**
 * A yes/no property of a row's side that translation tends to keep: it opens a paragraph, it
 * leaves a quotation open, it asks a question, it exclaims, it is a heading.
 */
enum Cue {
    PARAGRAPH_START,
    OPEN_QUOTE,
    QUESTION,
    EXCLAMATION,
    /** A paragraph of one sentence that ends without punctuation: a title or a heading, translated as one. */
    HEADING;

    int bit() {
        return 1 << ordinal();
    }

    /** The cues of one sentence's text. */
    static int of(String text, boolean paragraphStart, boolean paragraphEnd) {
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
                | (exclamation ? EXCLAMATION.bit() : 0)
                | (paragraphStart && paragraphEnd && endsInWord(text) ? HEADING.bit() : 0);
    }

    private static boolean endsInWord(String text) {
        String trimmed = text.strip();
        return !trimmed.isEmpty() && Character.isLetterOrDigit(trimmed.codePointBefore(trimmed.length()));
    }

    /**
     * The cue bits of the sentences [from, from + count) taken together: the first one's paragraph
     * start, a quotation left open by an odd number of them, any question, exclamation or heading.
     */
    static int of(SentenceFeatures[] side, int from, int count) {
        int any = QUESTION.bit() | EXCLAMATION.bit() | HEADING.bit();
        int combined = side[from].cues & (PARAGRAPH_START.bit() | any);
        int open = 0;
        for (int s = from; s < from + count; s++) {
            combined |= side[s].cues & any;
            open ^= side[s].cues & OPEN_QUOTE.bit();
        }
        return combined | open;
    }
}
