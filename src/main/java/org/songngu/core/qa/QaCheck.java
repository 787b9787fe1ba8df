package org.songngu.core.qa;

/** The kinds of problem the QA checks find in a row. */
public enum QaCheck {
    /** An English glossary term is in the row but none of its approved renderings is. */
    MISSING_TERM("missing term"),
    /** A rendering the glossary forbids for an English term of the row is used. */
    FORBIDDEN_TERM("forbidden term"),
    /** The two sides hold different numbers, compared by value (1.5 = 1,5; 1,000 = 1.000). */
    NUMBERS("numbers"),
    /** The Vietnamese side is far longer or shorter than this document's rows usually are. */
    LENGTH_RATIO("length ratio");

    private final String label;

    QaCheck(String label) {
        this.label = label;
    }

    /** The check's name as users see it. */
    public String label() {
        return label;
    }
}
