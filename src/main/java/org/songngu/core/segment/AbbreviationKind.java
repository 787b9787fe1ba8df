package org.songngu.core.segment;

import java.util.Locale;

/** When the full stop after an abbreviation may still end a sentence. */
enum AbbreviationKind {
    /** Never: a title or a word that always has more after it ("Dr. Smith", "TP. Hồ Chí Minh"). */
    TITLE,
    /** Before a capitalised word, like any full stop; not before a number ("etc. The", "Jan. 15"). */
    END,
    /** An abbreviation only before a number ("No. 5"); elsewhere a plain word ("said No. Then"). */
    NUMBER,
    /** Like a middle initial: ends a sentence only before a usual sentence opener ("U.S. They"). */
    INITIAL,
    /** A plain word that looks like an abbreviation ("I."): its full stop ends sentences. */
    WORD;

    /** The kind named in an abbreviation line; the message lists the names it accepts. */
    static AbbreviationKind named(String name) {
        for (AbbreviationKind kind : values()) {
            if (kind != TITLE && kind.name().toLowerCase(Locale.ROOT).equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(
                "unknown kind '" + name + "': expected end, number, initial or word (or nothing for a title)");
    }
}
